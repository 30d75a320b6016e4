import Foundation

/// The rules a story follows from submission to publication or withdrawal, as a value that
/// takes an action and returns the next state or the reason it cannot.
///
/// "Nothing about us without us": a story is published only in a version its teller approved,
/// and any later edit goes back to the teller. Children's stories also need a guardian's consent
/// and a second moderator.
public struct StoryLifecycle: Sendable, Equatable {
    public private(set) var status: StoryStatus
    /// Every edit makes a new version; the teller approves one version, never "the story".
    public private(set) var currentVersion: Int
    public private(set) var approvedVersion: Int?
    /// The version the public sees, kept while a later edit is in review.
    public private(set) var publishedVersion: Int?
    public let isChild: Bool
    public let hasGuardianConsent: Bool
    /// The moderator who sent the current version to the teller.
    public private(set) var sentForApprovalBy: UUID?

    public init(isChild: Bool, hasGuardianConsent: Bool) {
        self.init(status: .submitted, currentVersion: 1, isChild: isChild, hasGuardianConsent: hasGuardianConsent)
    }

    /// Restores a lifecycle from storage.
    public init(
        status: StoryStatus, currentVersion: Int, approvedVersion: Int? = nil, publishedVersion: Int? = nil,
        isChild: Bool, hasGuardianConsent: Bool, sentForApprovalBy: UUID? = nil
    ) {
        self.status = status
        self.currentVersion = currentVersion
        self.approvedVersion = approvedVersion
        self.publishedVersion = publishedVersion
        self.isChild = isChild
        self.hasGuardianConsent = hasGuardianConsent
        self.sentForApprovalBy = sentForApprovalBy
    }

    /// Whether the public can read the story now.
    public var isPublic: Bool { publishedVersion != nil && status != .withdrawn }

    /// The state after `action` by `actor`, or the reason it is refused. `self` is left unchanged.
    public func applying(_ action: StoryAction, by actor: StoryActor) throws(LifecycleError) -> StoryLifecycle {
        var next = self
        try next.apply(action, by: actor)
        return next
    }

    public mutating func apply(_ action: StoryAction, by actor: StoryActor) throws(LifecycleError) {
        let name = action.name
        // A rejected story can still be withdrawn, so its teller can have its words erased.
        guard status != .withdrawn, !(status == .rejected && action != .withdraw) else { throw .notAllowed(action: name, status: status) }
        switch action {
        case .withdraw:
            guard actor == .teller else { throw .notPermitted(action: name) }
            status = .withdrawn
            approvedVersion = nil
            publishedVersion = nil
        case .approve(let version):
            guard actor == .teller else { throw .notPermitted(action: name) }
            guard status == .awaitingApproval else { throw .notAllowed(action: name, status: status) }
            guard version == currentVersion else { throw .approvalOfOutdatedVersion(shown: version, current: currentVersion) }
            approvedVersion = version
            status = .approved
        case .requestChanges:
            guard actor == .teller else { throw .notPermitted(action: name) }
            guard status == .awaitingApproval || status == .approved else { throw .notAllowed(action: name, status: status) }
            approvedVersion = nil
            status = .inReview
        case .startReview, .edit, .requestApproval, .publish, .reject:
            guard let moderator = actor.moderatorID else { throw .notPermitted(action: name) }
            try applyModeration(action, by: moderator, name: name)
        }
    }

    private mutating func applyModeration(_ action: StoryAction, by moderator: UUID, name: String) throws(LifecycleError) {
        switch action {
        case .startReview:
            guard status == .submitted else { throw .notAllowed(action: name, status: status) }
            status = .inReview
        case .edit:
            guard [.submitted, .inReview, .awaitingApproval, .approved, .published].contains(status) else {
                throw .notAllowed(action: name, status: status)
            }
            // A new version voids any approval: the teller must see what will go out.
            currentVersion += 1
            approvedVersion = nil
            status = .inReview
        case .requestApproval:
            guard status == .inReview else { throw .notAllowed(action: name, status: status) }
            sentForApprovalBy = moderator
            status = .awaitingApproval
        case .publish:
            guard status == .approved else {
                throw status == .awaitingApproval || status == .inReview ? .needsTellerApproval : .notAllowed(action: name, status: status)
            }
            guard approvedVersion == currentVersion else { throw .needsTellerApproval }
            if isChild {
                guard hasGuardianConsent else { throw .needsGuardianConsent }
                guard sentForApprovalBy != moderator else { throw .needsSecondModerator }
            }
            publishedVersion = currentVersion
            status = .published
        case .reject:
            guard [.submitted, .inReview, .awaitingApproval, .approved].contains(status), publishedVersion == nil else {
                throw .notAllowed(action: name, status: status)
            }
            approvedVersion = nil
            status = .rejected
        case .approve, .requestChanges, .withdraw:
            throw .notPermitted(action: name)
        }
    }
}
