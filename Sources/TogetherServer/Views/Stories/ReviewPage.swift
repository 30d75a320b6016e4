import Foundation
import Localization
import Stories
import TogetherStore

/// One story under review: its words, every change since the last version, and the next steps.
struct ReviewPage {
    struct Change {
        let isSame: Bool
        let isAdded: Bool
        let isRemoved: Bool
        let text: String
    }

    let title: String
    let storyTitle: String
    let lang: String
    let dir: String
    let statusText: String
    let childNote: String?
    let versionText: String
    let changes: [Change]
    let hasChanges: Bool
    let editFields: [FieldModel]
    let editAction: String
    let actionURL: String
    let contactURL: String
    let csrf: String
    let canRequestApproval: Bool
    let canPublish: Bool
    let canReject: Bool
    let canFeature: Bool
    let canUnfeature: Bool
    /// Marked as a story of exceptional achievement: counted apart on the voices dashboard.
    let isExceptional: Bool
    let canMarkExceptional: Bool
    let featuredNote: String?
    let tellerMessage: String?
    let rejectionReason: String?
    let consentLines: [String]
    let hasContact: Bool
    let contact: String?
    let problem: String?
    let facilitationNote: String?
    /// Which earlier version the changes are counted from, and the choice of another one.
    let changesHeading: String
    let compareField: FieldModel?
    let compareURL: String
    var history: [HistoryRow] = []
    /// For a translation: its original, to compare with. For an original: its translations.
    var original: Original?
    var translations: [TranslationLink] = []
    var translateURL: String?
    var checkNotes: [CheckNote] = []
    var redactions: [RedactionRow] = []
    /// Set while sure details in the version to publish have no decision.
    var unresolvedNote: String?
    var redactionsURL = ""
    var photo: Photo?
    /// The current words with the suggested details marked.
    var highlighted: HighlightedText?

    /// The story's photo, and whether a face can be seen in it (said by the teller or a moderator).
    struct Photo {
        let url: String
        let showsFace: Bool
        let note: String
    }

    struct HistoryRow {
        let when: String
        let who: String
        let action: String
    }

    struct Original {
        let href: String
        let title: String
        let paragraphs: [String]
        let lang: String
        let dir: String
    }

    struct TranslationLink {
        let href: String
        let label: String
    }

    init(
        record: StoryRecord, current: StoryVersionRecord, previous: StoryVersionRecord?, consent: Consent, contact: String?,
        problem: String?,
        csrf: String, language: Language, t: Localizer, now: Date
    ) {
        let id = record.id ?? UUID()
        let lifecycle = StoryDesk.lifecycle(of: record)
        title = t("review_story_title")
        storyTitle = current.title
        lang = record.language
        dir = StoryText.direction(of: record.language)
        statusText = t("review_status_\(lifecycle.status.rawValue.replacingOccurrences(of: "-", with: "_"))")
        childNote = record.isChild ? t("review_child_rules") : nil
        versionText = t("review_version", ["number": String(current.number)])
        let before = previous.map { [$0.title, $0.summary, $0.body].joined(separator: "\n") }
        let after = [current.title, current.summary, current.body].joined(separator: "\n")
        changes =
            before.map { old in
                WordDiff.diff(old, after).map {
                    Change(isSame: $0.kind == .same, isAdded: $0.kind == .added, isRemoved: $0.kind == .removed, text: $0.text)
                }
            } ?? []
        hasChanges = previous != nil
        var body = FieldModel(id: "body", name: "body", label: t("review_field_body"), value: current.body)
        body.kind = .textarea
        var summary = FieldModel(id: "summary", name: "summary", label: t("review_field_summary"), value: current.summary, required: false)
        summary.kind = .textarea
        var title = FieldModel(id: "title", name: "title", label: t("review_field_title"), value: current.title, autocomplete: "off")
        (title.lang, title.dir, summary.lang, summary.dir, body.lang, body.dir) = (lang, dir, lang, dir, lang, dir)
        editFields = [title, summary, body]
        editAction = SiteRoute.reviewStoryEdit(id: .value(id)).path(language)
        actionURL = SiteRoute.reviewStoryAction(id: .value(id)).path(language)
        contactURL = SiteRoute.reviewStoryContact(id: .value(id)).path(language)
        self.csrf = csrf
        canRequestApproval = lifecycle.status == .submitted || lifecycle.status == .inReview
        canPublish = lifecycle.status == .approved
        canReject = [.submitted, .inReview, .awaitingApproval, .approved].contains(lifecycle.status) && lifecycle.publishedVersion == nil
        canFeature = lifecycle.isPublic && record.featuredAt == nil
        canUnfeature = lifecycle.isPublic && record.featuredAt != nil
        isExceptional = record.exceptional
        // Translations are the same story again and are not counted: the mark goes on the original.
        canMarkExceptional = lifecycle.isPublic && record.translationOf == nil
        featuredNote = record.featuredAt.map { t("review_featured_note", ["date": LocaleFormat(language: language).date($0)]) }
        tellerMessage = record.tellerMessage
        rejectionReason = record.rejectionReason
        consentLines = consent.scopes(at: now).map { t("consent_\($0.rawValue)") }
        hasContact = record.contactSealed != nil
        self.contact = contact
        self.problem = problem
        facilitationNote = record.consentMethod.map { method in
            t(
                "review_facilitated",
                [
                    "name": record.facilitatorName ?? "", "method": t("consent_method_\(method)"),
                    "date": record.consentRecordedAt.map { LocaleFormat(language: language).date($0) } ?? "",
                ])
        }
        changesHeading = previous.map { t("review_changes_since", ["number": String($0.number)]) } ?? t("review_changes")
        compareURL = SiteRoute.reviewStory(id: .value(id)).path(language)
        if current.number > 2 {
            var field = FieldModel(id: "against", name: "against", label: t("review_compare_label"), required: false)
            field.kind = .select
            field.options = (1..<current.number).reversed().map {
                .init(value: String($0), label: t("review_version", ["number": String($0)]), selected: $0 == previous?.number)
            }
            compareField = field
        } else {
            compareField = nil
        }
    }
}
