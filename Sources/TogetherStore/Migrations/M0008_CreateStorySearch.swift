import FluentKit
import SQLKit

/// The full-text index of published stories, one row per story. The text is folded (case and
/// diacritics removed) in Swift before it is stored, so both databases search alike.
/// SQLite: an FTS5 table whose deleted entries are overwritten (`secure-delete`, with the
/// database's own `secure_delete` for its pages), so a withdrawn story's words leave the index. PostgreSQL: a `tsvector`
/// with a GIN index.
struct M0008_CreateStorySearch: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        if sql.dialect.name == "sqlite" {
            try await sql.raw(
                """
                CREATE VIRTUAL TABLE story_search USING fts5(
                    story_id UNINDEXED, document, tokenize='unicode61 remove_diacritics 2')
                """
            ).run()
            try await sql.raw("INSERT INTO story_search(story_search, rank) VALUES('secure-delete', 1)").run()
        } else {
            try await sql.raw(
                "CREATE TABLE story_search (story_id UUID PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE, document TSVECTOR NOT NULL)"
            ).run()
            try await sql.raw("CREATE INDEX story_search_document ON story_search USING GIN (document)").run()
        }
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("DROP TABLE IF EXISTS story_search").run()
    }
}
