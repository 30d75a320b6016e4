import FluentKit
import SQLKit

/// Listings of one space's stories (newest first) and queues read by chapter: an index each, so a
/// chapter's pages do not walk every story of the installation.
struct M0020_ChapterIndexes: AsyncMigration {
    static let indexes = [
        ("stories_chapter_published", "stories", "chapter_id, published_at"),
        ("stories_chapter_status", "stories", "chapter_id, status"),
        ("gatherings_chapter", "gatherings", "chapter_id"),
        ("conversations_chapter", "conversations", "chapter_id"),
        ("pledges_chapter", "pledges", "chapter_id"),
    ]

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for (name, table, columns) in Self.indexes {
            try await sql.raw("CREATE INDEX IF NOT EXISTS \(unsafeRaw: name) ON \(unsafeRaw: table) (\(unsafeRaw: columns))").run()
        }
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for (name, _, _) in Self.indexes {
            try await sql.raw("DROP INDEX IF EXISTS \(unsafeRaw: name)").run()
        }
    }
}
