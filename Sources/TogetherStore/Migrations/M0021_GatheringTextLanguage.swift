import FluentKit

/// The language a gathering's title and description are written in, so pages can mark them
/// (`lang`, `dir`) and calendars carry it. Gatherings planned before have none (empty).
struct M0021_GatheringTextLanguage: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("gatherings").field("text_language", .string, .required, .sql(.default(""))).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("gatherings").deleteField("text_language").update()
    }
}
