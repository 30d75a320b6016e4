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
    static func words(_ query: String, limit: Int = 16) -> [String] {
        fold(query).components(separatedBy: CharacterSet.alphanumerics.inverted).filter { !$0.isEmpty }.prefix(limit).map { $0 }
    }

    /// Replaces the story's entry with the words of its published version. `isNew` skips looking for
    /// an earlier entry (on SQLite that look is a scan of the index, as the story id is not indexed).
    public func index(storyID: UUID, text: String, isNew: Bool = false) async throws {
        if !isNew { try await remove(storyID: storyID) }
        let document = Self.fold(text)
        if store.isPostgres {
            // The words are cut here, as for queries, and handed over as an array: PostgreSQL's own
            // parser would read some words as numbers or split hyphenated ones its own way.
            try await store.sql.raw(
                "INSERT INTO story_search (story_id, document) VALUES (\(bind: storyID), array_to_tsvector(\(bind: Self.words(document, limit: 100_000))))"
            ).run()
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

    /// Narrows a search by the stories' own fields.
    public struct Filter: Sendable {
        public var language: String?
        public var voice: String?
        public var theme: String?
        public var country: String?

        public init(language: String? = nil, voice: String? = nil, theme: String? = nil, country: String? = nil) {
            self.language = language
            self.voice = voice
            self.theme = theme
            self.country = country
        }
    }

    /// Ids of published stories matching every word of `query` and the filter, newest first; empty
    /// for a query with no words. One statement: the index and the filters are joined in the
    /// database, and newest-first lets SQLite stop as soon as the page is full.
    public func search(_ query: String, filter: Filter = Filter(), limit: Int, offset: Int) async throws -> [UUID] {
        let words = Self.words(query)
        guard !words.isEmpty else { return [] }
        var conditions: [SQLQueryString] = []
        if let language = filter.language { conditions.append("s.language = \(bind: language)") }
        if let voice = filter.voice { conditions.append("s.voice = \(bind: voice)") }
        if let country = filter.country { conditions.append("s.country = \(bind: country)") }
        // Themes are stored comma-separated: a whole name matches, never a part of another.
        if let theme = filter.theme { conditions.append("(',' || s.themes || ',') LIKE \(bind: "%," + theme + ",%")") }
        var extra: SQLQueryString = ""
        for condition in conditions { extra = extra + " AND " + condition }
        if store.isPostgres {
            // Each word quoted as a lexeme and taken as it is (the words hold letters and digits only).
            let tsquery = words.map { "'\($0)'" }.joined(separator: " & ")
            let rows = try await store.readSQL.raw(
                """
                SELECT s.id FROM story_search f JOIN stories s ON s.id = f.story_id
                WHERE f.document @@ \(bind: tsquery)::tsquery AND s.published_version IS NOT NULL\(extra)
                ORDER BY s.published_at DESC, s.id DESC LIMIT \(bind: limit) OFFSET \(bind: offset)
                """
            ).all()
            return try rows.map { try $0.decode(column: "id", as: UUID.self) }
        }
        // Each word quoted as an FTS5 string, so it is taken literally. Rows are added at publication,
        // so the index's own order is publication order.
        let match = words.map { "\"\($0)\"" }.joined(separator: " ")
        let rows = try await store.readSQL.raw(
            """
            SELECT s.id AS id FROM story_search f JOIN stories s ON s.id = f.story_id
            WHERE story_search MATCH \(bind: match) AND s.published_version IS NOT NULL\(extra)
            ORDER BY f.rowid DESC LIMIT \(bind: limit) OFFSET \(bind: offset)
            """
        ).all()
        return try rows.compactMap { UUID(uuidString: try $0.decode(column: "id", as: String.self)) }
    }
}
