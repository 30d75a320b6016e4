import FluentKit

/// Common-ground conversations: statements, anonymous participants and their votes. Participants are
/// a number and a hash of a random key their browser holds; nothing in these tables names a person.
struct M0014_CreateConversations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("conversations")
            .id()
            .field("title", .string, .required)
            .field("description", .string, .required)
            .field("language", .string, .required)
            .field("strict_moderation", .bool, .required)
            .field("allows_proposals", .bool, .required)
            .field("is_open", .bool, .required)
            .field("created_at", .datetime)
            .create()
        try await database.schema("conversation_statements")
            .id()
            .field("conversation_id", .uuid, .required, .references("conversations", "id"))
            .field("number", .int, .required)
            .field("text", .string, .required)
            .field("status", .string, .required)
            .field("is_meta", .bool, .required)
            .field("proposed", .bool, .required)
            .field("created_at", .datetime)
            .unique(on: "conversation_id", "number", name: "conversation_statements_number")
            .create()
        try await database.schema("conversation_participants")
            .id()
            .field("conversation_id", .uuid, .required, .references("conversations", "id"))
            .field("number", .int, .required)
            .field("key_hash", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "conversation_id", "number", name: "conversation_participants_number")
            .unique(on: "conversation_id", "key_hash", name: "conversation_participants_key")
            .create()
        try await database.schema("conversation_votes")
            .id()
            .field("conversation_id", .uuid, .required, .references("conversations", "id"))
            .field("participant_number", .int, .required)
            .field("statement_number", .int, .required)
            .field("value", .int, .required)
            .field("voted_at", .datetime, .required)
            .unique(on: "conversation_id", "participant_number", "statement_number", name: "conversation_votes_cell")
            .create()
    }

    func revert(on database: any Database) async throws {
        for table in ["conversation_votes", "conversation_participants", "conversation_statements", "conversations"] {
            try await database.schema(table).delete()
        }
    }
}
