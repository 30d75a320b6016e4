import Foundation
import Localization
import Stories
import TogetherStore

/// What a teller sees with their code: where the story stands, the current words, and what they can do.
struct MyStoryPage {
    struct Action {
        let url: String
        let label: String
    }

    let title: String
    let code: String
    let csrf: String
    let statusText: String
    let storyTitle: String
    let summary: String?
    let paragraphs: [String]
    let version: String
    let canApprove: Bool
    let canRequestChanges: Bool
    let rejectionReason: String?
    let consentLines: [String]
    let consentFields: [FieldModel]
    let consentURL: String
    var describeFields: [FieldModel] = []
    var describeURL = ""
    let approveURL: String
    let changesURL: String
    let withdrawURL: String
    let messageError: String?
    var translations: [Translation] = []
    /// The story's photo: where to send one, what is there now, and what went wrong.
    var photoURL = ""
    var photoNote: String?
    var photoError: String?

    /// A translation of the teller's story: the teller approves it, or asks for changes, like their own words.
    struct Translation {
        let id: String
        let languageName: String
        let lang: String
        let dir: String
        let statusText: String
        let storyTitle: String
        let paragraphs: [String]
        let version: String
        let canApprove: Bool
        let canRequestChanges: Bool

        init(_ record: StoryRecord, version: StoryVersionRecord, language: Language, t: Localizer) {
            let lifecycle = StoryDesk.lifecycle(of: record)
            id = record.id?.uuidString.lowercased() ?? ""
            languageName = PlaceNames.languageName(record.language, in: language)
            lang = record.language
            dir = StoryText.direction(of: record.language)
            statusText = t("mystory_status_\(lifecycle.status.rawValue.replacingOccurrences(of: "-", with: "_"))")
            storyTitle = version.title
            paragraphs = StoryText.paragraphs(version.body)
            self.version = String(version.number)
            canApprove = lifecycle.status == .awaitingApproval
            canRequestChanges = lifecycle.status == .awaitingApproval || lifecycle.status == .approved
        }
    }

    init(
        record: StoryRecord, version: StoryVersionRecord, consent: Consent, code: String, csrf: String, language: Language, t: Localizer,
        now: Date, messageError: String? = nil, consentError: String? = nil
    ) {
        let lifecycle = StoryDesk.lifecycle(of: record)
        title = t("mystory_title")
        self.code = code
        self.csrf = csrf
        statusText = t("mystory_status_\(lifecycle.status.rawValue.replacingOccurrences(of: "-", with: "_"))")
        storyTitle = version.title
        summary = version.summary.isEmpty ? nil : version.summary
        paragraphs = StoryText.paragraphs(version.body)
        self.version = String(version.number)
        canApprove = lifecycle.status == .awaitingApproval
        canRequestChanges = lifecycle.status == .awaitingApproval || lifecycle.status == .approved
        rejectionReason = record.rejectionReason
        consentLines = consent.scopes(at: now).map { t("consent_\($0.rawValue)") }
        let ends = consent.grants.values.compactMap { $0 }.min()
        consentFields = [
            .choices(
                id: "consent", name: "consent", label: t("mystory_consent_change"), kind: .checkboxes,
                options: ConsentScope.allCases.map { ($0.rawValue, t("consent_\($0.rawValue)")) },
                selected: Set(consent.scopes(at: now).map(\.rawValue)), hint: t("mystory_consent_hint")),
            FieldModel(
                id: "until", name: "until", label: t("story_field_until"), type: "date",
                value: ends.map { $0.addingTimeInterval(-24 * 3600).formatted(.iso8601.year().month().day()) }, hint: t("story_hint_until"),
                error: consentError, required: false),
        ]
        consentURL = SiteRoute.myStoryConsent.path(language)
        approveURL = SiteRoute.myStoryApprove.path(language)
        changesURL = SiteRoute.myStoryRequestChanges.path(language)
        withdrawURL = SiteRoute.myStoryWithdraw.path(language)
        self.messageError = messageError
    }
}
