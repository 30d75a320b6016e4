import FluentKit
import Foundation

/// A common-ground conversation: a topic people vote on, statement by statement.
public final class ConversationRecord: Model, @unchecked Sendable {
    public static let schema = "conversations"

    @ID(key: .id) public var id: UUID?
    /// The chapter this belongs to; nil for the main space.
    @OptionalField(key: "chapter_id") public var chapterID: UUID?
    @Field(key: "title") public var title: String
    @Field(key: "description") public var description: String
    @Field(key: "language") public var language: String
    /// Strict: proposed statements wait for a moderator. Permissive: they show at once and a
    /// moderator can still take them out.
    @Field(key: "strict_moderation") public var strictModeration: Bool
    @Field(key: "allows_proposals") public var allowsProposals: Bool
    @Field(key: "is_open") public var isOpen: Bool
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(title: String, description: String, language: String, strictModeration: Bool, allowsProposals: Bool = true) {
        self.title = title
        self.description = description
        self.language = language
        self.strictModeration = strictModeration
        self.allowsProposals = allowsProposals
        self.isOpen = true
    }
}
