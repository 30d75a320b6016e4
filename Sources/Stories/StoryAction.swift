/// What can happen to a story.
public enum StoryAction: Sendable, Equatable {
    /// A moderator picks the story up.
    case startReview
    /// A moderator saves a new version of the title, summary or text.
    case edit
    /// A moderator sends the current version to the teller.
    case requestApproval
    /// The teller approves the version they were shown.
    case approve(version: Int)
    /// The teller asks for changes, with a message the moderators see.
    case requestChanges
    /// A moderator makes the approved version public.
    case publish
    /// A moderator declines to publish, with a reason the teller sees.
    case reject
    /// The teller takes the story back; everything but a tombstone is erased.
    case withdraw
}

extension StoryAction {
    /// A stable name for logs and the audit trail, e.g. `request-approval`.
    public var name: String {
        switch self {
        case .startReview: return "start-review"
        case .edit: return "edit"
        case .requestApproval: return "request-approval"
        case .approve: return "approve"
        case .requestChanges: return "request-changes"
        case .publish: return "publish"
        case .reject: return "reject"
        case .withdraw: return "withdraw"
        }
    }
}
