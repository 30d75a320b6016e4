import Localization
import TogetherStore

/// A question as a respondent meets it and as analysis reads it: the wording in the survey's
/// language, the answer points, and the codes that mean "no answer".
struct SurveyQuestion: Sendable {
    enum Kind: String, Sendable {
        /// A built-in survey item (ESS).
        case bank
        /// A custom statement, strongly disagree (1) to strongly agree (5).
        case likert
        /// A custom 0–10 scale with words at both ends.
        case scale
        /// A custom choice of 2 to 6 answers, asked before the message to define segments.
        case choice
    }

    struct Point: Sendable {
        let value: Int
        let label: String
    }

    let number: Int
    /// The column name in exports and analysis: the item's id, or `q` and the question's number.
    let name: String
    let phase: MessageTestQuestionRecord.Phase
    let kind: Kind
    let prompt: String
    let points: [Point]
    let refusal: Point
    let dontKnow: Point

    /// Custom items share the ESS convention: one-digit missing codes on short scales, two digits on 0–10.
    static func missingCodes(top: Int) -> (refusal: Int, dontKnow: Int) { top < 7 ? (7, 8) : (77, 88) }

    /// The question `record` describes, worded in `language` (the survey's) and, for ESS items, as the
    /// national questionnaire `wording` names (the test's, fixed when it was created); nil for an item
    /// the bank lacks.
    init?(_ record: MessageTestQuestionRecord, bank: ItemBank, country: String, wording: String, language: String, t: Localizer) {
        number = record.number
        phase = record.phase
        let customKind = Kind(rawValue: record.item)
        let missing: (refusal: Int, dontKnow: Int)
        if let customKind, customKind != .bank {
            kind = customKind
            name = "q\(record.number)"
            prompt = record.text
            switch customKind {
            case .likert:
                points = (1...5).map { Point(value: $0, label: t("mt_likert_\($0)")) }
            case .scale:
                let ends = record.optionList
                points = (0...10).map { value in
                    let end = value == 0 ? ends.first : value == 10 ? ends.last : nil
                    return Point(value: value, label: end.map { "\(value) — \($0)" } ?? String(value))
                }
            default:
                points = record.optionList.enumerated().map { Point(value: $0.offset + 1, label: $0.element) }
            }
            missing = Self.missingCodes(top: points.last?.value ?? 0)
        } else {
            guard let item = bank.item(record.item), let text = item.text[language] else { return nil }
            kind = .bank
            name = item.id
            // The national questionnaire's own words when there is one for this language and country,
            // so answers compare with that country's ESS data; else ours, with the country put in.
            let national = bank.nationalVersion(code: wording).flatMap { $0.language == language ? item.national?[$0.code] : nil }
            prompt = national?.text ?? text.replacingOccurrences(of: "{country}", with: country)
            if item.scale == "0-10" {
                let low = national?.low ?? item.low?[language]
                let high = national?.high ?? item.high?[language]
                points = (0...10).map { value in
                    let end = value == 0 ? low : value == 10 ? high : nil
                    return Point(value: value, label: end.map { "\(value) — \($0)" } ?? String(value))
                }
            } else {
                let options = national?.options ?? item.options?[language] ?? []
                points = options.enumerated().map { Point(value: $0.offset + 1, label: $0.element) }
            }
            missing = (item.missing.refusal, item.missing.dontKnow)
        }
        let dontKnowLabel = bank.dontKnow[language] ?? t("mt_dont_know")
        let refusalLabel = bank.refusal[language] ?? t("mt_refusal")
        dontKnow = Point(value: missing.dontKnow, label: dontKnowLabel)
        refusal = Point(value: missing.refusal, label: refusalLabel)
    }

    /// Whether `value` is one of this question's answers (a scale point or a missing code).
    func accepts(_ value: Int) -> Bool {
        value == refusal.value || value == dontKnow.value || points.contains { $0.value == value }
    }

    /// The value analysis uses: the scale point, or nil for refusal and don't know.
    func analysisValue(_ code: Int) -> Double? {
        points.contains { $0.value == code } ? Double(code) : nil
    }

    /// The highest point, for the top-two-box share of a Likert item.
    var top: Int { points.last?.value ?? 0 }

    var isSegment: Bool { kind == .choice }

    func label(of code: Int) -> String? {
        ([refusal, dontKnow] + points).first { $0.value == code }?.label
    }
}
