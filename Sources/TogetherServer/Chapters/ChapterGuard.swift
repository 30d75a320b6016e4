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
        let owner: UUID?
        if let known = services.chapterOwners.owner(of: id) {
            owner = known
        } else {
            guard let read = try await read(table, id: id) else { return }
            owner = read
            services.chapterOwners.remember(id, owner: read)
        }
        if owner != space { throw HTTPError(.notFound) }
    }

    /// The record's chapter (the inner nil: the main space), or nil when there is no such record.
    private func read(_ table: ScopedTable, id: UUID) async throws -> UUID?? {
        // Every supported database speaks SQL; refusing is the safe answer if one did not.
        guard let sql = services.store.database as? any SQLDatabase else { throw HTTPError(.notFound) }
        // SQLite keeps ids as text, PostgreSQL as uuid.
        let isPostgres = services.store.isPostgres
        let key: any Encodable & Sendable = isPostgres ? id : id.uuidString
        guard let row = try await sql.select().column("chapter_id").from(table.rawValue).where("id", .equal, key).first() else {
            return nil
        }
        return .some(
            isPostgres
                ? try row.decode(column: "chapter_id", as: UUID?.self)
                : try row.decode(column: "chapter_id", as: String?.self).flatMap(UUID.init(uuidString:)))
    }
}
