import Localization
import Redaction
import TogetherStore

extension ReviewPage {
    /// A personal detail the redactor found, with the moderator's choice.
    struct RedactionRow {
        let name: String
        let field: String
        let kind: String
        let text: String
        let isHigh: Bool
        let isKept: Bool
        let redactID: String
        let keepID: String
    }

    /// Suggestions on the current version; publishing waits for each sure one.
    mutating func suggestRedactions(_ record: StoryRecord, current: StoryVersionRecord, desk: StoryDesk, language: Language, t: Localizer)
        async throws
    {
        let fields = ["title": t("story_field_title"), "summary": t("review_field_summary"), "body": t("story_field_body")]
        let suggestions = try await desk.redactionSuggestions(for: current, of: record)
        highlighted = HighlightedText(
            current.body, spans: suggestions.filter { $0.field == "body" }.map(\.span), kind: { t("detail_\($0.type.rawValue)") })
        redactions = suggestions.enumerated().map { index, suggestion in
            RedactionRow(
                name: "d." + suggestion.key, field: fields[suggestion.field] ?? suggestion.field,
                kind: t("detail_\(suggestion.span.type.rawValue)"), text: suggestion.span.text, isHigh: suggestion.isHigh,
                isKept: suggestion.isKept, redactID: "redact-\(index)", keepID: "keep-\(index)")
        }
        let unresolved = try await desk.unresolvedRedactions(of: record, current: suggestions).count
        unresolvedNote = unresolved > 0 ? t("review_redact_waiting", ["count": String(unresolved)]) : nil
        redactionsURL = SiteRoute.reviewStoryRedactions(id: .value(try record.requireID())).path(language)
    }
}
