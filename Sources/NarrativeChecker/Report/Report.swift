/// What the checker found in one draft.
public struct Report: Sendable, Equatable {
    /// The language whose rules were used.
    public let language: String
    public let findings: [Finding]
    public let strengths: [Strength]

    public var countsBySeverity: [Severity: Int] {
        Dictionary(grouping: findings, by: \.severity).mapValues(\.count)
    }

    public var countsByCategory: [Category: Int] {
        Dictionary(grouping: findings, by: \.category).mapValues(\.count)
    }

    /// Whether any finding is at least as serious as `threshold`.
    public func reaches(_ threshold: Severity) -> Bool {
        findings.contains { $0.severity >= threshold }
    }
}
