import Foundation

/// The JSON form of a report: a contract other tools rely on (docs/checker.md).
public struct ReportJSON: Codable, Sendable, Equatable {
    public struct FindingJSON: Codable, Sendable, Equatable {
        public let rule: String
        public let category: String
        public let severity: String
        public let message: String
        public let packMessage: String
        public let suggestions: [String]
        public let start: Int
        public let end: Int
        public let line: Int
        public let column: Int
        public let text: String
        public let quoted: Bool
        public let source: Rule.Source?
    }

    public struct StrengthJSON: Codable, Sendable, Equatable {
        public let id: String
        public let kind: String
        public let message: String
        public let examples: [String]
    }

    public struct Summary: Codable, Sendable, Equatable {
        public let total: Int
        public let bySeverity: [String: Int]
        public let byCategory: [String: Int]
    }

    public var file: String?
    public let language: String
    public let findings: [FindingJSON]
    public let strengths: [StrengthJSON]
    public let summary: Summary

    public init(_ report: Report, file: String? = nil) {
        self.file = file
        language = report.language
        findings = report.findings.map {
            FindingJSON(
                rule: $0.rule, category: $0.category.rawValue, severity: $0.severity.rawValue, message: $0.message,
                packMessage: $0.packMessage,
                suggestions: $0.suggestions, start: $0.start, end: $0.end, line: $0.line, column: $0.column, text: $0.text,
                quoted: $0.isQuoted,
                source: $0.source)
        }
        strengths = report.strengths.map { StrengthJSON(id: $0.id, kind: $0.kind.rawValue, message: $0.message, examples: $0.examples) }
        var bySeverity = Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0.rawValue, 0) })
        for (severity, count) in report.countsBySeverity { bySeverity[severity.rawValue] = count }
        summary = Summary(
            total: report.findings.count, bySeverity: bySeverity,
            byCategory: Dictionary(uniqueKeysWithValues: report.countsByCategory.map { ($0.key.rawValue, $0.value) }))
    }

    /// Sorted keys, so equal reports are equal bytes.
    public static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()
}
