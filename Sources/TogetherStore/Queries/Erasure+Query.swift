import SQLKit

extension Store {
    /// After content is erased, makes sure its bytes leave the database files: on SQLite the
    /// write-ahead log still holds the old pages until a checkpoint, which this forces and then
    /// truncates. (secure_delete has already zeroed the freed pages of the main file.)
    public func eraseFreedSpace() async throws {
        guard !isPostgres else { return }
        try await sql.raw("PRAGMA wal_checkpoint(TRUNCATE)").run()
    }

    /// The tables that hold a story's words, in some form.
    static let contentTables = ["stories", "story_versions", "story_consents", "story_search", "story_photos"]

    /// Rewrites the tables that held erased content so its bytes leave the database files.
    /// PostgreSQL keeps deleted rows in its files until they are overwritten; `VACUUM FULL` writes
    /// each table anew and truncates the old files. It locks each table while it runs, so it is
    /// scheduled (see `ErasureCompactionService`) rather than run on every withdrawal. On SQLite,
    /// where secure_delete zeroes freed pages at once, this is the checkpoint of ``eraseFreedSpace()``.
    public func compactErasedContent() async throws {
        guard isPostgres else { return try await eraseFreedSpace() }
        for table in Self.contentTables { try await sql.raw("VACUUM (FULL) \(ident: table)").run() }
    }
}
