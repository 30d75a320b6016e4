import SQLKit

extension Store {
    /// After content is erased, makes sure its bytes leave the database files: on SQLite the
    /// write-ahead log still holds the old pages until a checkpoint, which this forces and then
    /// truncates. (secure_delete has already zeroed the freed pages of the main file.)
    public func eraseFreedSpace() async throws {
        guard !isPostgres else { return }
        try await sql.raw("PRAGMA wal_checkpoint(TRUNCATE)").run()
    }
}
