/// What a staff member may do. Stored by raw value, so these strings never change.
public enum Role: String, Codable, CaseIterable, Sendable, Comparable {
    /// Manages accounts, settings and everything else.
    case admin
    /// Reviews and publishes what others submit.
    case moderator
    /// Collects stories on behalf of people who tell them.
    case facilitator
    /// Exports published, consented material for analysis.
    case researcher

    public static func < (lhs: Role, rhs: Role) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
