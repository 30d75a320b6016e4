import FluentKit
import Foundation

/// Someone taking part in a conversation, without an account: a number (Pol.is' voter-id) and the
/// hash of a random key kept in their browser (or of a partner site's own id for them).
public final class ConversationParticipantRecord: Model, @unchecked Sendable {
    public static let schema = "conversation_participants"

    @ID(key: .id) public var id: UUID?
    @Field(key: "conversation_id") public var conversationID: UUID
    @Field(key: "number") public var number: Int
    @Field(key: "key_hash") public var keyHash: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(conversationID: UUID, number: Int, keyHash: String) {
        self.conversationID = conversationID
        self.number = number
        self.keyHash = keyHash
    }
}
