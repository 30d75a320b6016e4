import FluentKit
import Foundation

/// One arm of a message test: number 0 is the control (no message, or a neutral text), the others
/// are messages — typed text, or a published story whose teller allowed campaign use.
public final class MessageTestArmRecord: Model, @unchecked Sendable {
    public static let schema = "message_test_arms"

    @ID(key: .id) public var id: UUID?
    @Field(key: "test_id") public var testID: UUID
    @Field(key: "number") public var number: Int
    /// How staff name the arm in results ("Control", "Neighbours").
    @Field(key: "label") public var label: String
    /// What respondents read; empty for a control that shows nothing.
    @Field(key: "text") public var text: String
    @OptionalField(key: "story_id") public var storyID: UUID?

    public init() {}

    public init(testID: UUID, number: Int, label: String, text: String, storyID: UUID? = nil) {
        self.testID = testID
        self.number = number
        self.label = label
        self.text = text
        self.storyID = storyID
    }

    public var isControl: Bool { number == 0 }
}
