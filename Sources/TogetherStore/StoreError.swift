/// Why the store could not start, in words for the person running the server.
public enum StoreError: Error, CustomStringConvertible, Equatable {
    case unsupportedDatabaseURL
    case invalidPostgresURL
    case dataDirectoryNotWritable(String)
    case unreachable(location: String, reason: String)
    case migrationFailed(reason: String)

    public var description: String {
        switch self {
        case .unsupportedDatabaseURL:
            return "DATABASE_URL must start with postgres:// (or sqlite:// for a file path)."
        case .invalidPostgresURL:
            return "DATABASE_URL is not a valid PostgreSQL address: expected postgres://user:password@host:5432/database."
        case .dataDirectoryNotWritable(let path):
            return "Cannot create or write the data directory \(path)."
        case .unreachable(let location, let reason):
            return "Cannot reach the database (\(location)): \(reason)"
        case .migrationFailed(let reason):
            return "The database could not be brought up to date: \(reason)"
        }
    }
}
