import FluentKit

/// Optional self-descriptions for "whose voices are amplified" (gender, region of origin; empty
/// when the teller chose not to say), the age group as given, and the staff's mark for stories of
/// exceptional achievement. Existing stories get empty values.
struct M0018_StorySelfDescription: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column at a time: SQLite adds one per ALTER TABLE.
        try await database.schema("stories").field("gender", .string, .required, .sql(.default(""))).update()
        try await database.schema("stories").field("origin_region", .string, .required, .sql(.default(""))).update()
        try await database.schema("stories").field("exceptional", .bool, .required, .sql(.default(false))).update()
    }

    func revert(on database: any Database) async throws {
        for field in ["gender", "origin_region", "exceptional"] {
            try await database.schema("stories").deleteField(FieldKey(stringLiteral: field)).update()
        }
    }
}
