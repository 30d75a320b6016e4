import FluentKit

/// When moderators chose a published story for the front page (nil: not featured).
struct M0011_StoryFeatured: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("stories").field("featured_at", .datetime).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("stories").deleteField("featured_at").update()
    }
}
