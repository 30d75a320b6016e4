import FluentKit

/// Rule packs administrators upload: partners' additions and overrides to the checker, kept as the
/// YAML they wrote so they can be read, fixed and removed.
struct M0010_CreateRulePacks: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("rule_packs")
            .id()
            .field("name", .string, .required)
            .field("language", .string, .required)
            .field("source", .string, .required)
            .field("uploaded_by", .uuid)
            .field("created_at", .datetime)
            .unique(on: "name")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("rule_packs").delete()
    }
}
