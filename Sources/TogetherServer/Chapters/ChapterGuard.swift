import FluentKit
import Foundation
import Hummingbird
import SQLKit

/// Refuses a record that belongs to another space than the request's. The one place that reads a
/// scoped record's chapter by table name.
struct ChapterGuard {
    let services: AppServices

    /// Throws "not found" when the record exists in another space: a chapter's records do not
    /// exist for anyone outside it, not even by address. A missing record is left to the handler.
    func check(_ table: ScopedTable, id: UUID, space: UUID?) async throws {
        // Every supported database speaks SQL; refusing is the safe answer if one did not.
        guard let sql = services.store.database as? any SQLDatabase else { throw HTTPError(.notFound) }
        // SQLite keeps ids as text, PostgreSQL as uuid.
        let isPostgres = services.store.isPostgres
        let key: any Encodable & Sendable = isPostgres ? id : id.uuidString
        let row = try await sql.select().column("chapter_id").from(table.rawValue).where("id", .equal, key).first()
        guard let row else { return }
        let owner =
            isPostgres
            ? try row.decode(column: "chapter_id", as: UUID?.self)
            : try row.decode(column: "chapter_id", as: String?.self).flatMap(UUID.init(uuidString:))
        if owner != space { throw HTTPError(.notFound) }
    }
}
