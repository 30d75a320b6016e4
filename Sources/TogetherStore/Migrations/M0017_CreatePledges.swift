import FluentKit

/// Pledge campaigns and their signatures. A signature is an optional public first name and the hash
/// of a random key the signer's browser holds (one signature per browser); no address is stored.
struct M0017_CreatePledges: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("pledges")
            .id()
            .field("title", .string, .required)
            .field("text", .string, .required)
            .field("language", .string, .required)
            .field("status", .string, .required)
            .field("milestones", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.schema("pledge_signatures")
            .id()
            .field("pledge_id", .uuid, .required, .references("pledges", "id"))
            .field("first_name", .string, .required)
            .field("key_hash", .string, .required)
            .field("signed_at", .datetime)
            .unique(on: "pledge_id", "key_hash", name: "pledge_signatures_browser")
            .create()
    }

    func revert(on database: any Database) async throws {
        for table in ["pledge_signatures", "pledges"] { try await database.schema(table).delete() }
    }
}
