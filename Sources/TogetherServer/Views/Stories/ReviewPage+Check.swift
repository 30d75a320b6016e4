import Foundation
import Localization
import NarrativeChecker
import TogetherStore

extension ReviewPage {
    /// A finding of the message checker on words an editor wrote.
    struct CheckNote {
        let field: String
        let text: String
        let message: String
        let suggestions: String?
    }

    /// Runs the checker on what editors wrote — the summary, a changed title, a translation — and
    /// never on the teller's own words, which are theirs to tell.
    mutating func check(
        _ record: StoryRecord, current: StoryVersionRecord, original: StoryVersionRecord?, checker: Checker, language: Language,
        t: Localizer
    ) {
        var fields: [(String, String)] = []
        if record.translationOf != nil {
            fields = [
                (t("review_field_title"), current.title), (t("review_field_summary"), current.summary),
                (t("review_field_body"), current.body),
            ]
        } else {
            if let original, original.title != current.title { fields.append((t("review_field_title"), current.title)) }
            fields.append((t("review_field_summary"), current.summary))
        }
        let options = Checker.Options(
            language: checker.languages.contains(record.language) ? record.language : nil, medium: .article, readerLanguage: language.code)
        checkNotes = fields.filter { !$0.1.isEmpty }.flatMap { field, text in
            checker.check(text, options: options).findings.filter { $0.category != .length && $0.category != .readability }.map {
                CheckNote(
                    field: field, text: $0.text, message: $0.message,
                    suggestions: $0.suggestions.isEmpty ? nil : $0.suggestions.joined(separator: " · "))
            }
        }
    }
}
