import Foundation
import SQLKit

/// Full-text search over published stories: every raw statement of the feature, for both databases.
public struct StorySearch: Sendable {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    /// Lower case without diacritics, so "Café", "cafe" and "CAFÉ" meet; in Arabic, short vowels and
    /// the stretching tatweel are dropped and the forms of alef meet, as readers type them without.
    public static func fold(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var scalars = String.UnicodeScalarView()
        for scalar in folded.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark: continue
            default: break
            }
            switch scalar.value {
            case 0x0640: continue  // tatweel
            case 0x0622, 0x0623, 0x0625, 0x0671: scalars.append(Unicode.Scalar(0x0627)!)  // alef forms -> alef
            default: scalars.append(scalar)
            }
        }
        return String(scalars).precomposedStringWithCanonicalMapping
    }

    /// The words of a query, letters and digits only: nothing a person types can become query syntax.
    static func words(_ query: String) -> [String] {
        fold(query).components(separatedBy: CharacterSet.alphanumerics.inverted).filter { !$0.isEmpty }.prefix(16).map { $0 }
    }

    /// Replaces the story's entry with the words of its published version. `isNew` skips looking for
    /// an earlier entry (on SQLite that look is a scan of the index, as the story id is not indexed).
    public func index(storyID: UUID, text: String, isNew: Bool = false) async throws {
        if !isNew { try await remove(storyID: storyID) }
        let document = Self.fold(text)
        if store.isPostgres {
            try await store.sql.raw(
                "INSERT INTO story_search (story_id, document) VALUES (\(bind: storyID), to_tsvector('simple', \(bind: document)))"
            )
            .run()
        } else {
            try await store.sql.raw("INSERT INTO story_search (story_id, document) VALUES (\(bind: storyID.uuidString), \(bind: document))")
                .run()
        }
    }

    public func remove(storyID: UUID) async throws {
        if store.isPostgres {
            try await store.sql.raw("DELETE FROM story_search WHERE story_id = \(bind: storyID)").run()
        } else {
            try await store.sql.raw("DELETE FROM story_search WHERE story_id = \(bind: storyID.uuidString)").run()
        }
    }

    /// Ids of stories matching every word of `query`, best first; empty for a query with no words.
    public func search(_ query: String, limit: Int, offset: Int) async throws -> [UUID] {
        let words = Self.words(query)
        guard !words.isEmpty else { return [] }
        let rows: [any SQLRow]
        if store.isPostgres {
            let tsquery = words.joined(separator: " & ")
            rows = try await store.sql.raw(
                """
                SELECT story_id FROM story_search WHERE document @@ to_tsquery('simple', \(bind: tsquery))
                ORDER BY ts_rank(document, to_tsquery('simple', \(bind: tsquery))) DESC, story_id LIMIT \(bind: limit) OFFSET \(bind: offset)
                """
            ).all()
            return try rows.map { try $0.decode(column: "story_id", as: UUID.self) }
        }
        // Each word quoted as an FTS5 string, so it is taken literally.
        let match = words.map { "\"\($0)\"" }.joined(separator: " ")
        rows = try await store.sql.raw(
            "SELECT story_id FROM story_search WHERE story_search MATCH \(bind: match) ORDER BY rank LIMIT \(bind: limit) OFFSET \(bind: offset)"
        ).all()
        return try rows.compactMap { UUID(uuidString: try $0.decode(column: "story_id", as: String.self)) }
    }
}
