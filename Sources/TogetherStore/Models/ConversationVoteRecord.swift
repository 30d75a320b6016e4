import FluentKit
import Foundation

/// A participant's latest vote on a statement: +1 agree, -1 disagree, 0 pass. A new vote on the same
/// statement replaces it (and moves `votedAt`), as the analysis counts the last vote.
public final class ConversationVoteRecord: Model, @unchecked Sendable {
    public static let schema = "conversation_votes"

    @ID(key: .id) public var id: UUID?
    @Field(key: "conversation_id") public var conversationID: UUID
    @Field(key: "participant_number") public var participantNumber: Int
    @Field(key: "statement_number") public var statementNumber: Int
    @Field(key: "value") public var value: Int
    @Field(key: "voted_at") public var votedAt: Date

    public init() {}

    public init(conversationID: UUID, participantNumber: Int, statementNumber: Int, value: Int, votedAt: Date) {
        self.conversationID = conversationID
        self.participantNumber = participantNumber
        self.statementNumber = statementNumber
        self.value = value
        self.votedAt = votedAt
    }
}
