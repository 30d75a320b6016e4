import Foundation

/// A submission that passed every check, in typed form.
public struct ValidStory: Sendable, Equatable {
    public let title: String
    public let body: String
    public let language: String
    public let voice: Voice
    public let themes: [Theme]
    public let place: Place
    public let credit: Credit
    public let consent: Consent
    public let ageGroup: AgeGroup
    public let hasGuardianConsent: Bool
    public let contact: String?
    /// Self-described and optional: nil when the teller chose not to say.
    public var gender: Gender? = nil
    public var originRegion: OriginRegion? = nil

    public var lifecycle: StoryLifecycle {
        StoryLifecycle(isChild: ageGroup == .child, hasGuardianConsent: hasGuardianConsent)
    }
}
