import FluentKit

struct M0007_CreateStorySubmissionKeys: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("story_submission_keys")
            .id()
            .field("key", .string, .required)
            .field("story_id", .uuid, .required, .references("stories", "id", onDelete: .cascade))
            .unique(on: "key")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("story_submission_keys").delete()
    }
}
