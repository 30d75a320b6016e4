import FluentKit
import SQLKit

/// Who facilitated a submission (a staff member's name, or the API token that carried it), and
/// which published story a translation translates. A translation is a story of its own, so it is
/// reviewed, approved and withdrawn like one.
struct M0009_StoryFacilitationAndTranslations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("stories").field("facilitator_name", .string).update()
        try await database.schema("stories").field("facilitator_token_id", .uuid).update()
        try await database.schema("stories").field("translation_of", .uuid).update()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "stories_translation_of").on("stories").column("translation_of").run()
    }

    func revert(on database: any Database) async throws {
        if let sql = database as? any SQLDatabase { try await sql.drop(index: "stories_translation_of").run() }
        try await database.schema("stories").deleteField("translation_of").update()
        try await database.schema("stories").deleteField("facilitator_token_id").update()
        try await database.schema("stories").deleteField("facilitator_name").update()
    }
}
