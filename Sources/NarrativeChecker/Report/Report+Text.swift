/// A report for people at a terminal: each finding's line with the words underlined, the advice,
/// and what to write instead.
extension Report {
    public func text(for source: String, file: String? = nil) -> String {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        var output = ""
        for finding in findings {
            let place = [file, "\(finding.line):\(finding.column)"].compactMap { $0 }.joined(separator: ":")
            output += "\(place): \(finding.severity.rawValue) [\(finding.category.rawValue)] \(finding.message)\n"
            if finding.line - 1 < lines.count {
                let line = String(lines[finding.line - 1])
                output += "    \(line)\n"
                let width = max(1, min(finding.end - finding.start, line.unicodeScalars.count - finding.column + 1))
                output += "    " + String(repeating: " ", count: finding.column - 1) + String(repeating: "^", count: width) + "\n"
            }
            if !finding.suggestions.isEmpty { output += "    try: " + finding.suggestions.joined(separator: " · ") + "\n" }
            if let source = finding.source {
                output += "    source: \(source.publisher), \(source.title)\(source.year.map { " (\($0))" } ?? "")\n"
            }
        }
        if !strengths.isEmpty {
            output += "strengths:\n"
            for strength in strengths { output += "  + \(strength.message) (\(strength.examples.joined(separator: ", ")))\n" }
        }
        let counts = Severity.allCases.reversed().map { "\(countsBySeverity[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", ")
        output += "\(file.map { "\($0): " } ?? "")\(language): \(counts)\n"
        return output
    }
}
