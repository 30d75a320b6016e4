/// How much a finding matters, from a gentle suggestion to an error worth fixing before publishing.
public enum Severity: String, CaseIterable, Codable, Sendable, Comparable {
    case suggestion, warning, error

    /// One step gentler, for quoted speech: it is reported, not endorsed. A suggestion has no gentler
    /// step, so a quoted one is no finding (decision 0014).
    public var lowered: Severity? {
        switch self {
        case .error: return .warning
        case .warning: return .suggestion
        case .suggestion: return nil
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
