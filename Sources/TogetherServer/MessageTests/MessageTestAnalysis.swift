import Foundation
import Impact
import TogetherStore

/// A message test's stored answers as the Impact engine's columns, analysed: every outcome question
/// and the real action are outcomes; numeric questions asked before the message are covariates; one
/// choice question asked before it may split the results into segments.
struct MessageTestAnalysis: Sendable {
    struct Outcome: Sendable {
        let name: String
        let prompt: String
        let isBehaviour: Bool
        let isLikert: Bool
    }

    struct TopTwo: Sendable {
        let outcome: String
        let arm: Int
        let result: DifferenceInMeans.Result
    }

    let outcomes: [Outcome]
    let report: MessageTestReport?
    /// Why there is no report, in the engine's words (English), when there are answers but no analysis.
    let problem: String?
    let topTwo: [TopTwo]
    let started: [Int: Int]
    let completed: [Int: Int]
    let segmentQuestion: SurveyQuestion?

    static let behaviourName = "action"

    init(
        questions: [SurveyQuestion], armCount: Int, respondents: [MessageTestRespondentRecord], answers: [MessageTestAnswerRecord],
        behaviour: MessageTestRecord.Behaviour, behaviourPrompt: String, segment: Int?
    ) {
        var started: [Int: Int] = [:]
        var completed: [Int: Int] = [:]
        for respondent in respondents {
            started[respondent.arm, default: 0] += 1
            if respondent.completedAt != nil { completed[respondent.arm, default: 0] += 1 }
        }
        self.started = started
        self.completed = completed
        let row = Dictionary(uniqueKeysWithValues: respondents.enumerated().map { ($0.element.number, $0.offset) })
        var columns: [Int: [Double?]] = [:]
        var codes: [Int: [Int?]] = [:]
        for question in questions {
            columns[question.number] = Array(repeating: nil, count: respondents.count)
            codes[question.number] = Array(repeating: nil, count: respondents.count)
        }
        let byNumber = Dictionary(uniqueKeysWithValues: questions.map { ($0.number, $0) })
        for answer in answers {
            guard let index = row[answer.respondentNumber], let question = byNumber[answer.questionNumber] else { continue }
            columns[answer.questionNumber]?[index] = question.analysisValue(answer.value)
            codes[answer.questionNumber]?[index] = answer.value
        }

        var outcomes: [Outcome] = []
        var outcomeColumns: [(name: String, values: [Double?])] = []
        for question in questions where question.phase == .after {
            outcomes.append(Outcome(name: question.name, prompt: question.prompt, isBehaviour: false, isLikert: question.kind == .likert))
            outcomeColumns.append((question.name, columns[question.number] ?? []))
        }
        if behaviour != .none {
            outcomes.append(Outcome(name: Self.behaviourName, prompt: behaviourPrompt, isBehaviour: true, isLikert: false))
            outcomeColumns.append((Self.behaviourName, respondents.map { $0.behaviour.map(Double.init) }))
        }
        self.outcomes = outcomes
        let covariates = questions.filter { $0.phase == .before && !$0.isSegment }.map { ($0.name, columns[$0.number] ?? []) }
        let segmentQuestion = questions.first { $0.isSegment && $0.phase == .before && (segment == nil || $0.number == segment) }
        self.segmentQuestion = segmentQuestion
        let segments: [Label]? = segmentQuestion.map { question in
            (codes[question.number] ?? []).map { code in
                .text(code.flatMap { question.analysisValue($0) != nil ? question.label(of: $0) : nil } ?? "—")
            }
        }
        let arms = respondents.map { Label.number($0.arm) }
        var topTwo: [TopTwo] = []
        for question in questions where question.phase == .after && question.kind == .likert {
            let boxed = TopBox.topTwo(columns[question.number] ?? [], top: Double(question.top))
            let control = boxed.indices.compactMap { respondents[$0].arm == 0 ? boxed[$0] : nil }
            for arm in 1..<max(armCount, 1) {
                let treated = boxed.indices.compactMap { respondents[$0].arm == arm ? boxed[$0] : nil }
                if let result = DifferenceInMeans.estimate(treated: treated, control: control) {
                    topTwo.append(TopTwo(outcome: question.name, arm: arm, result: result))
                }
            }
        }
        self.topTwo = topTwo
        guard !respondents.isEmpty, !outcomeColumns.isEmpty else {
            report = nil
            problem = nil
            return
        }
        // A regression that cannot be solved yet (a segment no one in some group chose) is a warning in
        // the report; what is left to fail is a test with no answers in a group at all.
        do {
            report = try MessageTest.analyze(
                Responses(arms: arms, control: .number(0), outcomes: outcomeColumns, covariates: covariates, segments: segments))
            problem = nil
        } catch {
            report = nil
            problem = String(describing: error)
        }
    }
}
