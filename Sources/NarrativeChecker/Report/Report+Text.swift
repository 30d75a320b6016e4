/// A report for people at a terminal: each finding's line with the words underlined, the advice,
/// and what to write instead.
extension Report {
    public func text(for source: String, file: String? = nil) -> String {
        String(decoding: textBytes(for: source, file: file), as: UTF8.self)
    }

    /// The same text as UTF-8, written straight into one buffer (megabytes for a large draft).
    public func textBytes(for source: String, file: String? = nil) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(256 + findings.count * 400)
        let lines = SourceLines(source)
        var advice: [String: [UInt8]] = [:]
        for finding in findings {
            if let file { output += file.utf8 + [0x3A] }
            output += "\(finding.line):\(finding.column): \(finding.severity.rawValue) [\(finding.category.rawValue)] ".utf8
            output += finding.message.utf8
            output.append(0x0A)
            if let line = lines.line(finding.line) {
                output += "    ".utf8
                output += line.bytes
                output.append(0x0A)
                let width = max(1, min(finding.end - finding.start, line.scalarCount - finding.column + 1))
                output += repeatElement(0x20, count: 4 + finding.column - 1)
                output += repeatElement(0x5E, count: width)
                output.append(0x0A)
            }
            // The same rule gives the same advice: written once, copied after.
            let key = finding.rule
            if advice[key] == nil { advice[key] = Self.advice(finding) }
            output += advice[key]!
        }
        if !strengths.isEmpty {
            output += "strengths:\n".utf8
            for strength in strengths { output += "  + \(strength.message) (\(strength.examples.joined(separator: ", ")))\n".utf8 }
        }
        let counts = Severity.allCases.reversed().map { "\(countsBySeverity[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", ")
        output += "\(file.map { "\($0): " } ?? "")\(language): \(counts)\n".utf8
        return output
    }

    private static func advice(_ finding: Finding) -> [UInt8] {
        var text = ""
        if !finding.suggestions.isEmpty { text += "    try: " + finding.suggestions.joined(separator: " · ") + "\n" }
        if let source = finding.source {
            text += "    source: \(source.publisher), \(source.title)\(source.year.map { " (\($0))" } ?? "")\n"
        }
        return Array(text.utf8)
    }
}

/// The lines of a draft as byte ranges, found once; a line's length in scalars is counted when asked.
private struct SourceLines {
    private let bytes: [UInt8]
    private var starts: [Int] = [0]

    init(_ source: String) {
        bytes = Array(source.utf8)
        for (index, byte) in bytes.enumerated() where byte == 0x0A { starts.append(index + 1) }
    }

    /// Line `number` (1-based) without its line feed.
    func line(_ number: Int) -> (bytes: ArraySlice<UInt8>, scalarCount: Int)? {
        guard number >= 1, number <= starts.count else { return nil }
        let end = number < starts.count ? starts[number] - 1 : bytes.count
        let slice = bytes[starts[number - 1]..<end]
        // Every scalar has exactly one byte that is not a continuation byte (10xxxxxx).
        return (slice, slice.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) })
    }
}
