import Foundation

/// Where the data lives: a SQLite file by default, PostgreSQL when `DATABASE_URL` says so.
public enum DatabaseLocation: Sendable, Equatable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(url: String)

    /// Reads `DATABASE_URL`; without it, `together.sqlite` inside the data directory.
    public static func resolve(databaseURL: String?, dataDirectory: String) throws(StoreError) -> DatabaseLocation {
        guard let url = databaseURL?.trimmingCharacters(in: .whitespaces), !url.isEmpty else {
            return .sqlite(path: (dataDirectory as NSString).appendingPathComponent("together.sqlite"))
        }
        if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") { return .postgres(url: url) }
        if url.hasPrefix("sqlite://") { return .sqlite(path: String(url.dropFirst("sqlite://".count))) }
        throw StoreError.unsupportedDatabaseURL
    }

    /// Safe to print: a PostgreSQL password never appears.
    public var description: String {
        switch self {
        case .sqlite(let path): return "SQLite file \(path)"
        case .postgres(let url):
            guard var components = URLComponents(string: url) else { return "PostgreSQL" }
            components.password = nil
            components.user = nil
            return "PostgreSQL at \(components.host ?? "?"):\(components.port ?? 5432)\(components.path)"
        }
    }
}
