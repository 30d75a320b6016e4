import FluentKit
import Foundation

/// A question of a message test, asked before the message (segments and covariates) or after it
/// (outcomes). `item` names a built-in survey item, or the kind of a custom question.
public final class MessageTestQuestionRecord: Model, @unchecked Sendable {
    public static let schema = "message_test_questions"

    public enum Phase: String, Sendable, CaseIterable {
        case before
        case after
    }

    @ID(key: .id) public var id: UUID?
    @Field(key: "test_id") public var testID: UUID
    @Field(key: "number") public var number: Int
    @Field(key: "phase") public var phaseValue: String
    @Field(key: "item") public var item: String
    /// The wording of a custom question (built-in items take theirs from the item bank).
    @Field(key: "text") public var text: String
    /// A custom choice question's answers, one per line.
    @Field(key: "options") public var options: String

    public init() {}

    public init(testID: UUID, number: Int, phase: Phase, item: String, text: String = "", options: [String] = []) {
        self.testID = testID
        self.number = number
        self.phaseValue = phase.rawValue
        self.item = item
        self.text = text
        self.options = options.joined(separator: "\n")
    }

    public var phase: Phase { Phase(rawValue: phaseValue) ?? .after }
    public var optionList: [String] { options.isEmpty ? [] : options.components(separatedBy: "\n") }
}
