/// How much a finding matters, from a gentle suggestion to an error worth fixing before publishing.
public enum Severity: String, CaseIterable, Codable, Sendable, Comparable {
    case suggestion, warning, error

    /// One step gentler: quoted speech is reported, not endorsed. A suggestion stays one; the checker
    /// drops a suggestion quoted whole (decision 0014).
    public var lowered: Severity {
        switch self {
        case .error: return .warning
        case .warning, .suggestion: return .suggestion
        }
    }

    private var rank: Int {
        switch self {
        case .suggestion: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
