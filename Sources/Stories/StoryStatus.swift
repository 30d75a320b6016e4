/// Where a story stands. Stored by raw value, so these strings never change.
public enum StoryStatus: String, CaseIterable, Codable, Sendable {
    /// Sent in by its teller (or a facilitator on their behalf); nobody has looked at it yet.
    case submitted
    /// A moderator is reading and editing it.
    case inReview = "in-review"
    /// An edited version waits for the teller to approve it or ask for changes.
    case awaitingApproval = "awaiting-approval"
    /// The teller approved the current version; a moderator may publish it.
    case approved
    /// Public. A later edit goes back through review and the teller's approval while this version stays up.
    case published
    /// Not published, with a reason the teller sees.
    case rejected
    /// Taken back by the teller: content erased, only a tombstone remains. Final.
    case withdrawn

    public var isFinal: Bool { self == .withdrawn || self == .rejected }
}
