import Foundation

/// What a teller (or a facilitator on their behalf) sends in, before any check.
public struct StorySubmission: Sendable, Equatable {
    public var title: String
    public var body: String
    public var language: String
    public var voice: String
    public var themes: [String]
    public var country: String
    public var region: String
    public var credit: Credit.Mode?
    public var creditName: String
    /// Scopes the teller ticked, with optional end dates.
    public var consent: [ConsentScope: Date?]
    public var ageGroup: String
    public var guardianConsent: Bool
    public var contact: String
    /// Optional self-descriptions ("" when not given), counted only in aggregates.
    public var gender = ""
    public var originRegion = ""

    public init(
        title: String = "", body: String = "", language: String = "", voice: String = "", themes: [String] = [],
        country: String = "", region: String = "", credit: Credit.Mode? = nil, creditName: String = "",
        consent: [ConsentScope: Date?] = [:], ageGroup: String = "adult", guardianConsent: Bool = false, contact: String = ""
    ) {
        self.title = title
        self.body = body
        self.language = language
        self.voice = voice
        self.themes = themes
        self.country = country
        self.region = region
        self.credit = credit
        self.creditName = creditName
        self.consent = consent
        self.ageGroup = ageGroup
        self.guardianConsent = guardianConsent
        self.contact = contact
    }
}
