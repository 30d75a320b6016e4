import FluentKit

/// A story's photo, already stripped of all metadata, and whether it shows a face.
struct M0013_CreateStoryPhotos: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("story_photos")
            .id()
            .field("story_id", .uuid, .required, .references("stories", "id"))
            .field("media_type", .string, .required)
            .field("bytes", .data, .required)
            .field("shows_face", .bool, .required)
            .field("created_at", .datetime)
            .unique(on: "story_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("story_photos").delete()
    }
}
