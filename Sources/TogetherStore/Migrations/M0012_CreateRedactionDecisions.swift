import FluentKit

/// Personal details a moderator decided to leave in a story, by fingerprint: the table never holds
/// the detail itself.
struct M0012_CreateRedactionDecisions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("story_redaction_decisions")
            .id()
            .field("story_id", .uuid, .required, .references("stories", "id"))
            .field("kind", .string, .required)
            .field("fingerprint", .string, .required)
            .field("decided_at", .datetime, .required)
            .unique(on: "story_id", "fingerprint")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("story_redaction_decisions").delete()
    }
}
