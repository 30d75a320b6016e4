import FluentKit
import Foundation

/// Someone answering a message test, without an account: a number in order of arrival (which, with
/// the test's seed, fixes the arm), the hash of a random key in their browser, and how far they got.
public final class MessageTestRespondentRecord: Model, @unchecked Sendable {
    public static let schema = "message_test_respondents"

    @ID(key: .id) public var id: UUID?
    @Field(key: "test_id") public var testID: UUID
    @Field(key: "number") public var number: Int
    @Field(key: "key_hash") public var keyHash: String
    @Field(key: "arm") public var arm: Int
    /// The next step to show: before, message, after, action, done.
    @Field(key: "step") public var step: String
    /// 1 when the respondent took the offered action, 0 when they did not; nil before it was offered.
    @OptionalField(key: "behaviour") public var behaviour: Int?
    @Timestamp(key: "started_at", on: .create) public var startedAt: Date?
    @OptionalField(key: "completed_at") public var completedAt: Date?

    public init() {}

    public init(testID: UUID, number: Int, keyHash: String, arm: Int, step: String) {
        self.testID = testID
        self.number = number
        self.keyHash = keyHash
        self.arm = arm
        self.step = step
    }
}
