/// Why a change to a story was refused, in words a moderator or teller understands.
public enum LifecycleError: Error, Equatable, CustomStringConvertible, Sendable {
    case notAllowed(action: String, status: StoryStatus)
    case notPermitted(action: String)
    case approvalOfOutdatedVersion(shown: Int, current: Int)
    case needsTellerApproval
    case needsGuardianConsent
    case needsSecondModerator

    public var description: String {
        switch self {
        case .notAllowed(let action, let status):
            return "A story that is \(status.rawValue) cannot be sent to '\(action)'."
        case .notPermitted(let action):
            return "Only the teller or a moderator, as the step requires, may '\(action)' a story."
        case .approvalOfOutdatedVersion(let shown, let current):
            return "The teller approved version \(shown), but the story has changed since (now version \(current)); ask them again."
        case .needsTellerApproval:
            return "A story can be published only after its teller has approved this exact version."
        case .needsGuardianConsent:
            return "A child's story can be published only with a guardian's recorded consent."
        case .needsSecondModerator:
            return "A child's story must be published by a second moderator, not the one who sent it for approval."
        }
    }
}
