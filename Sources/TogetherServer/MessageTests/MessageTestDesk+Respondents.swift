import FluentKit
import Foundation
import Impact
import TogetherStore

/// Respondents: started once per browser (never re-randomised), answers saved step by step, and the
/// real action recorded against their arm.
extension MessageTestDesk {
    func respondent(of testID: UUID, keyHash: String) async throws -> MessageTestRespondentRecord? {
        try await MessageTestRespondentRecord.query(on: database).filter(\.$testID == testID).filter(\.$keyHash == keyHash).first()
    }

    /// The respondent this browser is, made now if it is new: the next number, and the arm that number
    /// has under the test's seed — so arm counts never differ by more than one.
    func start(_ test: MessageTestRecord, keyHash: String, armCount: Int, plan: (Int) -> RespondentStep.Plan) async throws
        -> MessageTestRespondentRecord
    {
        let testID = try test.requireID()
        if let existing = try await respondent(of: testID, keyHash: keyHash) { return existing }
        let assignment = try BalancedAssignment(arms: armCount, seed: UInt64(bitPattern: test.seed))
        return try await database.createNumbered(
            MessageTestRespondentRecord.self, in: testID, busy: MessageTestError.busy,
            existing: { try await respondent(of: testID, keyHash: keyHash) },
            make: { number in
                let arm = assignment.arm(for: number)
                return MessageTestRespondentRecord(
                    testID: testID, number: number, keyHash: keyHash, arm: arm, step: plan(arm).first.rawValue)
            })
    }

    /// Saves one step's answers and moves on, in one transaction. The step is claimed first (one
    /// conditional update), so of two submissions at once (a double click, a second tab) only the first
    /// is saved; false for the other, which must not act either.
    @discardableResult
    func answer(
        _ respondent: MessageTestRespondentRecord, step: RespondentStep, answers: [Int: Int], behaviour: Int? = nil,
        next: RespondentStep
    ) async throws -> Bool {
        let respondentID = try respondent.requireID()
        let completedAt = next == .done ? services.now() : nil
        return try await database.transaction { db in
            guard
                try await Store.advanceRespondent(
                    respondentID, from: step.rawValue, to: next.rawValue, behaviour: behaviour, completedAt: completedAt, on: db)
            else { return false }
            for (question, value) in answers.sorted(by: { $0.key < $1.key }) {
                try await MessageTestAnswerRecord(
                    testID: respondent.testID, respondentNumber: respondent.number, questionNumber: question, value: value
                ).create(on: db)
            }
            return true
        }
    }
}

/// What a respondent tried that cannot be done, with a text key for the page.
enum MessageTestError: Error, Equatable, Sendable {
    case busy
}
