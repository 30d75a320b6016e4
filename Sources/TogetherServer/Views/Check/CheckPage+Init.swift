import Foundation
import Localization
import NarrativeChecker

extension CheckPage {
    init(
        input: Input, report: Report?, problem: String?, languages: [String], action: String, csrf: String, language: Language,
        t: Localizer
    ) {
        title = t("check_title")
        self.action = action
        self.csrf = csrf
        self.problem = problem
        var text = FieldModel(id: "text", name: "text", label: t("check_field_text"), value: input.text, hint: t("check_hint_text"))
        text.kind = .textarea
        var languageField = FieldModel(id: "language", name: "language", label: t("check_field_language"), required: false)
        languageField.kind = .select
        languageField.options =
            [.init(value: "auto", label: t("check_language_auto"), selected: input.language == "auto")]
            + languages.map { .init(value: $0, label: PlaceNames.languageName($0, in: language), selected: $0 == input.language) }
        var medium = FieldModel(id: "medium", name: "medium", label: t("check_field_medium"), required: false)
        medium.kind = .select
        medium.options = Medium.allCases.map {
            .init(value: $0.rawValue, label: t("medium_\($0.rawValue)"), selected: $0.rawValue == input.medium)
        }
        fields = [text, languageField, medium]
        hasReport = report != nil
        lang = report?.language ?? language.code
        dir = StoryText.direction(of: lang)
        guard let report else {
            (languageNote, segments, items, strengths) = (nil, [], [], [])
            return
        }
        languageNote = t("check_language_used", ["language": PlaceNames.languageName(report.language, in: language)])
        // Findings the words carry, marked in the text; those about the whole (length, figures) are listed only.
        let numbered = report.findings.enumerated().map { (number: $0.offset + 1, finding: $0.element) }
        let marked = Self.nonOverlapping(numbered.filter { $0.finding.end - $0.finding.start < 200 })
        items = report.findings.enumerated().map { index, finding in
            Item(
                number: index + 1, severity: finding.severity.rawValue, severityLabel: t("check_severity_\(finding.severity.rawValue)"),
                categoryLabel: t("check_category_\(finding.category.rawValue.replacingOccurrences(of: "-", with: "_"))"),
                message: finding.message, text: finding.text,
                suggestions: finding.suggestions.isEmpty ? nil : finding.suggestions.joined(separator: " · "),
                source: finding.source.map { "\($0.publisher), \($0.title)\($0.year.map { " (\($0))" } ?? "")" },
                sourceURL: finding.source?.url,
                quotedNote: finding.isQuoted ? t("check_quoted") : nil)
        }
        segments = Self.segments(input.text, marked: marked)
        strengths = report.strengths.map { StrengthItem(message: $0.message, examples: $0.examples.joined(separator: ", ")) }
    }

    /// In reading order, each finding that does not overlap one already kept, with its number in the list.
    static func nonOverlapping(_ findings: [(number: Int, finding: Finding)]) -> [(number: Int, finding: Finding)] {
        var kept: [(number: Int, finding: Finding)] = []
        for entry in findings.sorted(by: { $0.finding.start < $1.finding.start })
        where kept.last.map({ $0.finding.end <= entry.finding.start }) ?? true {
            kept.append(entry)
        }
        return kept
    }

    static func segments(_ text: String, marked: [(number: Int, finding: Finding)]) -> [Segment] {
        let scalars = Array(text.unicodeScalars)
        func slice(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        var segments: [Segment] = []
        var cursor = 0
        for (number, finding) in marked where finding.end <= scalars.count {
            if finding.start > cursor { segments.append(Segment(text: slice(cursor..<finding.start), number: nil, severity: nil)) }
            segments.append(Segment(text: slice(finding.start..<finding.end), number: number, severity: finding.severity.rawValue))
            cursor = finding.end
        }
        if cursor < scalars.count { segments.append(Segment(text: slice(cursor..<scalars.count), number: nil, severity: nil)) }
        return segments
    }
}
