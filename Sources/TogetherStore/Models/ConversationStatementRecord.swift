import FluentKit
import Foundation

/// A short statement people agree with, disagree with or pass on. `number` is its id within the
/// conversation (Pol.is' comment-id), in order of creation.
public final class ConversationStatementRecord: Model, @unchecked Sendable {
    public static let schema = "conversation_statements"

    public enum Status: String, Sendable, CaseIterable {
        /// Shown to participants.
        case approved
        /// Proposed in a strictly moderated conversation: waits for a moderator.
        case pending
        /// Moderated out: never shown, zeroed in the analysis.
        case rejected
    }

    @ID(key: .id) public var id: UUID?
    @Field(key: "conversation_id") public var conversationID: UUID
    @Field(key: "number") public var number: Int
    @Field(key: "text") public var text: String
    @Field(key: "status") public var statusValue: String
    /// About the conversation rather than its topic ("I live in the city"): shown, not analysed.
    @Field(key: "is_meta") public var isMeta: Bool
    /// Proposed by a participant rather than seeded by staff.
    @Field(key: "proposed") public var proposed: Bool
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(conversationID: UUID, number: Int, text: String, status: Status, isMeta: Bool = false, proposed: Bool) {
        self.conversationID = conversationID
        self.number = number
        self.text = text
        self.statusValue = status.rawValue
        self.isMeta = isMeta
        self.proposed = proposed
    }

    public var status: Status {
        get { Status(rawValue: statusValue) ?? .pending }
        set { statusValue = newValue.rawValue }
    }
}
