/// One question as a form shows it: a fieldset of radio buttons, the scale's points then
/// "don't know" and "I'd rather not say", with the answer already given kept checked.
struct SurveyQuestionModel {
    struct Option {
        let id: String
        /// The field's name, repeated on each answer so the template reads it from the answer itself.
        let name: String
        let value: String
        let label: String
        let selected: Bool
        let isMissing: Bool
    }

    let id: String
    let name: String
    let prompt: String
    let options: [Option]
    let isScale: Bool
    let error: String?

    init(_ question: SurveyQuestion, chosen: Int?, error: String?) {
        id = "question-\(question.number)"
        name = "q\(question.number)"
        prompt = question.prompt
        options =
            question.points.map { point in
                Option(
                    id: "q\(question.number)-\(point.value)", name: "q\(question.number)", value: String(point.value), label: point.label,
                    selected: chosen == point.value,
                    isMissing: false)
            }
            + [question.dontKnow, question.refusal].map { point in
                Option(
                    id: "q\(question.number)-\(point.value)", name: "q\(question.number)", value: String(point.value), label: point.label,
                    selected: chosen == point.value,
                    isMissing: true)
            }
        isScale = question.points.count > 6
        self.error = error
    }
}
