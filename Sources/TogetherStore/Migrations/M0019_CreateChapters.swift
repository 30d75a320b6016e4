import FluentKit

/// Local chapters, and the chapter every scoped record belongs to (none: the main space).
struct M0019_CreateChapters: AsyncMigration {
    static let scopedTables = ["stories", "conversations", "gatherings", "pledges", "message_tests", "rule_packs", "users", "api_tokens"]

    func prepare(on database: any Database) async throws {
        try await database.schema("chapters")
            .id()
            .field("slug", .string, .required)
            .field("name", .string, .required)
            .field("host", .string)
            .field("colour", .string, .required)
            .field("accent", .string, .required)
            .field("shows_platform_brand", .bool, .required)
            .field("languages", .string, .required)
            .field("logo", .data)
            .field("logo_type", .string, .required)
            .field("logo_text", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "slug", name: "chapters_slug_unique")
            .unique(on: "host", name: "chapters_host_unique")
            .create()
        // One column at a time: SQLite adds one per ALTER TABLE.
        for table in Self.scopedTables {
            try await database.schema(table).field("chapter_id", .uuid).update()
        }
    }

    func revert(on database: any Database) async throws {
        for table in Self.scopedTables {
            try await database.schema(table).deleteField("chapter_id").update()
        }
        try await database.schema("chapters").delete()
    }
}
