import FluentKit
import Foundation

/// One answer, as the survey codes it: the scale point, or a missing code (77 refusal and 88 don't
/// know on 0–10 items, 7 and 8 on four-point items) that analysis treats as missing, never as a value.
public final class MessageTestAnswerRecord: Model, @unchecked Sendable {
    public static let schema = "message_test_answers"

    @ID(key: .id) public var id: UUID?
    @Field(key: "test_id") public var testID: UUID
    @Field(key: "respondent_number") public var respondentNumber: Int
    @Field(key: "question_number") public var questionNumber: Int
    @Field(key: "value") public var value: Int

    public init() {}

    public init(testID: UUID, respondentNumber: Int, questionNumber: Int, value: Int) {
        self.testID = testID
        self.respondentNumber = respondentNumber
        self.questionNumber = questionNumber
        self.value = value
    }
}
