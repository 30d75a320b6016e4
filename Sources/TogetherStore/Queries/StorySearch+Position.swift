import Foundation

extension StorySearch {
    /// A place in the list of search results, carried in a "next page" link so the next page is read
    /// from there instead of by skipping every earlier match (which grows with the page number).
    public enum Position: Sendable, Equatable {
        /// SQLite reads the index newest entry first; its row number orders the results.
        case sqlite(rowid: Int64)
        /// PostgreSQL orders by publication time, then id.
        case postgres(micros: Int64, id: UUID)

        /// The position as it travels in links: letters, digits, '_' and '-' only.
        public var cursor: String {
            switch self {
            case .sqlite(let rowid): return "s\(rowid)"
            case .postgres(let micros, let id): return "p\(micros)_\(id.uuidString)"
            }
        }

        /// Reads a cursor made by ``cursor``; anything else is nil.
        public init?(cursor: some StringProtocol) {
            guard cursor.count <= 80, let kind = cursor.first else { return nil }
            let rest = cursor.dropFirst()
            switch kind {
            case "s":
                guard let rowid = Int64(rest), rowid >= 0 else { return nil }
                self = .sqlite(rowid: rowid)
            case "p":
                let parts = rest.split(separator: "_", maxSplits: 1)
                guard parts.count == 2, let micros = Int64(parts[0]), let id = UUID(uuidString: String(parts[1])) else {
                    return nil
                }
                self = .postgres(micros: micros, id: id)
            default:
                return nil
            }
        }
    }
}
