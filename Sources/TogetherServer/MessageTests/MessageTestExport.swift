import Foundation
import Impact
import TogetherStore

/// A message test's data and results as files: responses as CSV (one row per respondent, answers as
/// coded, so R or Python read it as the CLI does), results as JSON (the `together impact` contract,
/// with the design around it).
enum MessageTestExport {
    static func csv(survey: Survey, respondents: [MessageTestRespondentRecord], answers: [MessageTestAnswerRecord]) -> String {
        var byCell: [Int: [Int: Int]] = [:]
        for answer in answers { byCell[answer.respondentNumber, default: [:]][answer.questionNumber] = answer.value }
        let labels = Dictionary(uniqueKeysWithValues: survey.arms.map { ($0.number, $0.label) })
        var header = ["respondent", "arm", "arm_label"] + survey.questions.map(\.name)
        if survey.test.behaviour != .none { header.append(MessageTestAnalysis.behaviourName) }
        header.append("completed")
        var lines = [header.map(field).joined(separator: ",")]
        for respondent in respondents {
            var row = [String(respondent.number), String(respondent.arm), labels[respondent.arm] ?? ""]
            row += survey.questions.map { question in byCell[respondent.number]?[question.number].map(String.init) ?? "" }
            if survey.test.behaviour != .none { row.append(respondent.behaviour.map(String.init) ?? "") }
            row.append(respondent.completedAt == nil ? "0" : "1")
            lines.append(row.map(field).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// RFC 4180 quoting, and a leading quote mark on text a spreadsheet would run as a formula.
    static func field(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, "=+-@".unicodeScalars.contains(first), Double(value) == nil { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    struct Document: Encodable {
        struct Arm: Encodable {
            let number: Int
            let label: String
            let started: Int
            let completed: Int
        }

        struct TopTwo: Encodable {
            let outcome: String
            let arm: Int
            let estimate: Double
            let ciLow: Double?
            let ciHigh: Double?

            enum CodingKeys: String, CodingKey {
                case outcome, arm, estimate
                case ciLow = "ci_low"
                case ciHigh = "ci_high"
            }
        }

        let title: String
        let seed: String
        let status: String
        let randomisation = "balanced complete randomisation in blocks of one respondent per arm (SplitMix64, seed above)"
        let arms: [Arm]
        let results: MessageTestReport?
        let topTwoBox: [TopTwo]
        let problem: String?

        enum CodingKeys: String, CodingKey {
            case title, seed, status, randomisation, arms, results, problem
            case topTwoBox = "top_two_box"
        }
    }

    /// JSON has no NaN: an interval that cannot be computed (an outcome that never varies) is null.
    private static func finite(_ value: Double) -> Double? { value.isFinite ? value : nil }

    static func json(survey: Survey, analysis: MessageTestAnalysis) throws -> Data {
        let document = Document(
            title: survey.test.title, seed: String(UInt64(bitPattern: survey.test.seed)), status: survey.test.status.rawValue,
            arms: survey.arms.map {
                .init(
                    number: $0.number, label: $0.label, started: analysis.started[$0.number] ?? 0,
                    completed: analysis.completed[$0.number] ?? 0)
            },
            results: analysis.report,
            topTwoBox: analysis.topTwo.map {
                .init(
                    outcome: $0.outcome, arm: $0.arm, estimate: $0.result.estimate.estimate, ciLow: finite($0.result.estimate.ciLow),
                    ciHigh: finite($0.result.estimate.ciHigh))
            }, problem: analysis.problem)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        return try encoder.encode(document)
    }
}
