/// The JSON report written directly: the same bytes as `ReportJSON.encoder` gives for a
/// ``ReportJSON``, at a fraction of the cost (a megabyte of drafts makes thousands of findings).
extension Report {
    /// One report as a JSON object, with a `file` key when `file` is given.
    public func jsonBytes(file: String? = nil) -> [UInt8] {
        var writer = JSONWriter(capacity: 256 + findings.count * 640)
        var fragments = FindingFragments()
        write(to: &writer, file: file, fragments: &fragments)
        return writer.bytes
    }

    /// Several reports as a JSON array of objects, each with its `file`.
    public static func jsonBytes(_ reports: [(file: String, report: Report)]) -> [UInt8] {
        var writer = JSONWriter(capacity: reports.reduce(16) { $0 + 256 + $1.report.findings.count * 640 })
        var fragments = FindingFragments()
        writer.raw("[")
        for (index, entry) in reports.enumerated() {
            if index > 0 { writer.raw(",") }
            entry.report.write(to: &writer, file: entry.file, fragments: &fragments)
        }
        writer.raw("]")
        return writer.bytes
    }

    private func write(to writer: inout JSONWriter, file: String?, fragments: inout FindingFragments) {
        writer.raw("{")
        if let file {
            writer.raw("\"file\":")
            writer.string(file)
            writer.raw(",")
        }
        writer.raw("\"findings\":[")
        for (index, finding) in findings.enumerated() {
            if index > 0 { writer.raw(",") }
            fragments.write(finding, to: &writer)
        }
        writer.raw("],\"language\":")
        writer.string(language)
        writer.raw(",\"strengths\":[")
        for (index, strength) in strengths.enumerated() {
            if index > 0 { writer.raw(",") }
            writer.raw("{\"examples\":")
            writer.strings(strength.examples)
            writer.raw(",\"id\":")
            writer.string(strength.id)
            writer.raw(",\"kind\":")
            writer.string(strength.kind.rawValue)
            writer.raw(",\"message\":")
            writer.string(strength.message)
            writer.raw("}")
        }
        writer.raw("],\"summary\":{\"byCategory\":{")
        var byCategory: [String: Int] = [:]
        var bySeverity: [Severity: Int] = [:]
        for finding in findings {
            byCategory[finding.category.rawValue, default: 0] += 1
            bySeverity[finding.severity, default: 0] += 1
        }
        for (index, entry) in byCategory.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }).enumerated() {
            if index > 0 { writer.raw(",") }
            writer.string(entry.key)
            writer.raw(":")
            writer.int(entry.value)
        }
        writer.raw("},\"bySeverity\":{")
        for (index, severity) in Severity.allCases.sorted(by: { $0.rawValue.utf8.lexicographicallyPrecedes($1.rawValue.utf8) })
            .enumerated()
        {
            if index > 0 { writer.raw(",") }
            writer.string(severity.rawValue)
            writer.raw(":")
            writer.int(bySeverity[severity] ?? 0)
        }
        writer.raw("},\"total\":")
        writer.int(findings.count)
        writer.raw("}}")
    }
}

/// The parts of a finding's JSON that depend only on its rule, its messages and whether it was
/// quoted, written once per rule and reused for every finding of it.
struct FindingFragments {
    private struct Key: Hashable {
        let rule: String
        let isQuoted: Bool
    }

    private struct Parts {
        let message: String
        let packMessage: String
        /// `{"category":"…","column":`
        let opening: [UInt8]
        /// `,"message":…,"packMessage":…,"quoted":…,"rule":…,"severity":…,"source":{…},"start":`
        let middle: [UInt8]
        /// `,"suggestions":[…],"text":`
        let closing: [UInt8]
    }

    private var cache: [Key: Parts] = [:]

    mutating func write(_ finding: Finding, to writer: inout JSONWriter) {
        let key = Key(rule: finding.rule, isQuoted: finding.isQuoted)
        // Measured findings share a rule id but not their message ("42 words"): check it is the same.
        let parts: Parts
        if let cached = cache[key], cached.message == finding.message, cached.packMessage == finding.packMessage {
            parts = cached
        } else {
            parts = Self.parts(of: finding)
            cache[key] = parts
        }
        writer.raw(parts.opening)
        writer.int(finding.column)
        writer.raw(",\"end\":")
        writer.int(finding.end)
        writer.raw(",\"line\":")
        writer.int(finding.line)
        writer.raw(parts.middle)
        writer.int(finding.start)
        writer.raw(parts.closing)
        writer.string(finding.text)
        writer.raw("}")
    }

    private static func parts(of finding: Finding) -> Parts {
        var opening = JSONWriter()
        opening.raw("{\"category\":")
        opening.string(finding.category.rawValue)
        opening.raw(",\"column\":")
        var middle = JSONWriter()
        middle.raw(",\"message\":")
        middle.string(finding.message)
        middle.raw(",\"packMessage\":")
        middle.string(finding.packMessage)
        middle.raw(",\"quoted\":")
        middle.bool(finding.isQuoted)
        middle.raw(",\"rule\":")
        middle.string(finding.rule)
        middle.raw(",\"severity\":")
        middle.string(finding.severity.rawValue)
        if let source = finding.source {
            middle.raw(",\"source\":{\"publisher\":")
            middle.string(source.publisher)
            middle.raw(",\"title\":")
            middle.string(source.title)
            if let url = source.url {
                middle.raw(",\"url\":")
                middle.string(url)
            }
            if let year = source.year {
                middle.raw(",\"year\":")
                middle.int(year)
            }
            middle.raw("}")
        }
        middle.raw(",\"start\":")
        var closing = JSONWriter()
        closing.raw(",\"suggestions\":")
        closing.strings(finding.suggestions)
        closing.raw(",\"text\":")
        return Parts(
            message: finding.message, packMessage: finding.packMessage, opening: opening.bytes, middle: middle.bytes,
            closing: closing.bytes)
    }
}
