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
        /// The chapter whose stories are searched; nil for the main space's.
        public var space: UUID?

        public init(language: String? = nil, voice: String? = nil, theme: String? = nil, country: String? = nil, space: UUID? = nil) {
            self.language = language
            self.voice = voice
            self.theme = theme
            self.country = country
            self.space = space
        }
    }

    /// A published story as search shows it: the story's fields and its published words, read
    /// in the same statement as the match.
    public struct Hit: Sendable {
        public let id: UUID
        public let status: String
        public let language: String
        public let voice: String
        public let themes: String
        public let country: String
        public let region: String?
        public let creditMode: String
        public let creditName: String
        public let publishedAt: Date?
        public let translationOf: UUID?
        public let title: String
        public let summary: String
        public let body: String
        /// The story's consent rows: scope and end (nil: until withdrawn).
        public let consent: [(scope: String, until: Date?)]
        /// Where this hit sits in the order of results: the next page starts after it.
        public let position: Position
    }

    /// Published stories matching every word of `query` and the filter, newest first, with their
    /// published words: one statement, so a page of results costs one trip to the database.
    /// `after` continues from a hit of an earlier page without walking past the matches before it;
    /// `offset` is kept for links made before positions existed.
    public func hits(_ query: String, filter: Filter = Filter(), limit: Int, offset: Int = 0, after: Position? = nil) async throws
        -> [Hit]
    {
        let words = Self.words(query)
        guard !words.isEmpty else { return [] }
        var extra: SQLQueryString = ""
        for condition in conditions(filter) + (after.flatMap(condition(after:)).map { [$0] } ?? []) {
            extra = extra + " AND " + condition
        }
        let columns: SQLQueryString = """
            s.id AS id, s.status AS status, s.language AS language, s.voice AS voice, s.themes AS themes, s.country AS country,
            s.region AS region, s.credit_mode AS credit_mode, s.credit_name AS credit_name, s.published_at AS published_at,
            s.translation_of AS translation_of, v.title AS title, v.summary AS summary, v.body AS body,
            """
        let position: SQLQueryString =
            store.isPostgres ? "(extract(epoch FROM s.published_at) * 1000000)::bigint AS position," : "f.rowid AS position,"
        // Consent travels with each hit as "scope=seconds,scope=," (an empty end: until withdrawn).
        let consent: SQLQueryString =
            store.isPostgres
            ? "(SELECT string_agg(c.scope || '=' || coalesce(extract(epoch FROM c.until)::text, ''), ',') FROM story_consents c WHERE c.story_id = s.id) AS consent"
            : "(SELECT group_concat(c.scope || '=' || coalesce(c.until, ''), ',') FROM story_consents c WHERE c.story_id = s.id) AS consent"
        let rows: [any SQLRow]
        if store.isPostgres {
            let tsquery = words.map { "'\($0)'" }.joined(separator: " & ")
            rows = try await store.readSQL.raw(
                """
                SELECT \(columns) \(position) \(consent) FROM story_search f JOIN stories s ON s.id = f.story_id
                JOIN story_versions v ON v.story_id = s.id AND v.number = s.published_version
                WHERE f.document @@ \(bind: tsquery)::tsquery AND s.published_version IS NOT NULL\(extra)
                ORDER BY s.published_at DESC, s.id DESC LIMIT \(bind: limit) OFFSET \(bind: offset)
                """
            ).all()
        } else {
            let match = words.map { "\"\($0)\"" }.joined(separator: " ")
            rows = try await store.readSQL.raw(
                """
                SELECT \(columns) \(position) \(consent) FROM story_search f JOIN stories s ON s.id = f.story_id
                JOIN story_versions v ON v.story_id = s.id AND v.number = s.published_version
                WHERE story_search MATCH \(bind: match) AND s.published_version IS NOT NULL\(extra)
                ORDER BY f.rowid DESC LIMIT \(bind: limit) OFFSET \(bind: offset)
                """
            ).all()
        }
        return try rows.compactMap { row in
            guard let id = try uuid(row, "id") else { return nil }
            return Hit(
                id: id, status: try row.decode(column: "status", as: String.self),
                language: try row.decode(column: "language", as: String.self),
                voice: try row.decode(column: "voice", as: String.self), themes: try row.decode(column: "themes", as: String.self),
                country: try row.decode(column: "country", as: String.self), region: try row.decode(column: "region", as: String?.self),
                creditMode: try row.decode(column: "credit_mode", as: String.self),
                creditName: try row.decode(column: "credit_name", as: String.self),
                publishedAt: try row.decode(column: "published_at", as: Date?.self), translationOf: try uuid(row, "translation_of"),
                title: try row.decode(column: "title", as: String.self), summary: try row.decode(column: "summary", as: String.self),
                body: try row.decode(column: "body", as: String.self),
                consent: Self.consent(try row.decode(column: "consent", as: String?.self) ?? ""),
                position: store.isPostgres
                    ? .postgres(micros: try row.decode(column: "position", as: Int64.self), id: id)
                    : .sqlite(rowid: try row.decode(column: "position", as: Int64.self)))
        }
    }

    /// Results strictly after `position` in the order `hits` reads them (newest first).
    private func condition(after position: Position) -> SQLQueryString? {
        switch (position, store.isPostgres) {
        case (.sqlite(let rowid), false):
            return "f.rowid < \(bind: rowid)"
        case (.postgres(let micros, let id), true):
            // Integer microseconds both ways: a timestamp never goes through a floating-point number.
            return "(s.published_at, s.id) < (timestamptz 'epoch' + \(bind: micros) * interval '1 microsecond', \(bind: id))"
        default:
            return nil  // a position from the other database (a restored link): start from the top
        }
    }

    static func consent(_ text: String) -> [(scope: String, until: Date?)] {
        text.split(separator: ",").compactMap { entry in
            let parts = entry.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let scope = parts.first, !scope.isEmpty else { return nil }
            let seconds = parts.count > 1 ? Double(parts[1]) : nil
            return (String(scope), seconds.map(Date.init(timeIntervalSince1970:)))
        }
    }

    /// SQLite keeps ids as text, PostgreSQL as uuid.
    private func uuid(_ row: any SQLRow, _ column: String) throws -> UUID? {
        if store.isPostgres { return try row.decode(column: column, as: UUID?.self) }
        return try row.decode(column: column, as: String?.self).flatMap(UUID.init(uuidString:))
    }

    private func conditions(_ filter: Filter) -> [SQLQueryString] {
        var conditions: [SQLQueryString] = []
        if let language = filter.language { conditions.append("s.language = \(bind: language)") }
        if let voice = filter.voice { conditions.append("s.voice = \(bind: voice)") }
        if let country = filter.country { conditions.append("s.country = \(bind: country)") }
        // Themes are stored comma-separated: a whole name matches, never a part of another.
        if let theme = filter.theme { conditions.append("(',' || s.themes || ',') LIKE \(bind: "%," + theme + ",%")") }
        // Always applied: a search never crosses from one chapter's space into another.
        switch filter.space {
        case nil: conditions.append("s.chapter_id IS NULL")
        case let space? where store.isPostgres: conditions.append("s.chapter_id = \(bind: space)")
        case let space?: conditions.append("s.chapter_id = \(bind: space.uuidString)")
        }
        return conditions
    }

}
