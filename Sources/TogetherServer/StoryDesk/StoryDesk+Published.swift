import FluentKit
import Foundation
import Stories
import TogetherStore

/// A published story as anyone may read it: the version its teller approved, never contact details.
public struct PublishedStory: Sendable {
    public let id: UUID
    public let title: String
    public let summary: String
    public let body: String
    public let language: String
    public let voice: String
    public let themes: [String]
    public let place: Place
    public let credit: Credit
    public let publishedAt: Date?
    /// What the teller agreed to: partners' feeds and embeds need `.partners` in force.
    public let consent: Consent
    /// The story this one translates; nil for the original.
    public let translationOf: UUID?
}

/// The same story in another language, as a link.
public struct StoryLanguageLink: Sendable, Equatable {
    public let id: UUID
    public let language: String
    public let isOriginal: Bool
}

/// What a reader narrows the published stories by.
public struct StoryFilter: Sendable, Equatable {
    public var query: String?
    public var language: String?
    public var voice: Voice?
    public var theme: Theme?
    public var country: String?

    public init(query: String? = nil, language: String? = nil, voice: Voice? = nil, theme: Theme? = nil, country: String? = nil) {
        self.query = query
        self.language = language
        self.voice = voice
        self.theme = theme
        self.country = country
    }
}

extension StoryDesk {
    public enum Lookup: Sendable {
        case found(PublishedStory)
        case withdrawn
        case notFound
    }

    public static let pageSize = 20

    /// One page of published stories (newest first, or best match first with a query) and whether more follow.
    public func published(_ filter: StoryFilter, from cursor: StoryCursor = .start, pageSize: Int = StoryDesk.pageSize) async throws
        -> (items: [PublishedStory], next: StoryCursor?)
    {
        var query = StoryRecord.query(on: reader).filter(\.$publishedVersion != nil).filter(\.$chapterID == ChapterScope.space)
            .sort(\.$publishedAt, .descending).sort(\.$id, .descending)
        if let language = filter.language { query = query.filter(\.$language == language.lowercased()) }
        if let voice = filter.voice { query = query.filter(\.$voice == voice.rawValue) }
        if let country = filter.country { query = query.filter(\.$country == country.uppercased()) }
        if let theme = filter.theme {
            // Themes are stored comma-separated: match a whole name, first, last, between or alone.
            let name = theme.rawValue
            query = query.group(.or) {
                $0.filter(\.$themes == name).filter(\.$themes, .custom("LIKE"), "\(name),%")
                    .filter(\.$themes, .custom("LIKE"), "%,\(name)").filter(\.$themes, .custom("LIKE"), "%,\(name),%")
            }
        }
        if let text = filter.query, !text.trimmingCharacters(in: .whitespaces).isEmpty {
            return try await searched(text, filter, from: cursor, pageSize: pageSize)
        }
        // Without a query the listing walks an index, so skipping is cheap; a search position means
        // the reader removed the query from the address: start again.
        guard case .offset(let offset) = cursor else { return try await published(filter, pageSize: pageSize) }
        let records = try await query.range(offset..<(offset + pageSize + 1)).all()
        let items = try await readable(Array(records.prefix(pageSize)))
        return (items, records.count > pageSize ? .offset(offset + pageSize) : nil)
    }

    /// A page of search results: the match, the published words and the consent (checked at every
    /// read) in one statement.
    private func searched(_ text: String, _ filter: StoryFilter, from cursor: StoryCursor, pageSize: Int) async throws -> (
        items: [PublishedStory], next: StoryCursor?
    ) {
        let hits = try await StorySearch(store: services.store).hits(
            text,
            filter: .init(
                language: filter.language?.lowercased(), voice: filter.voice?.rawValue, theme: filter.theme?.rawValue,
                country: filter.country?.uppercased(), space: ChapterScope.space),
            limit: pageSize + 1, offset: cursor.skipped, after: cursor.position)
        let now = services.now()
        let items = hits.prefix(pageSize).compactMap { hit -> PublishedStory? in
            guard StoryStatus(rawValue: hit.status) != .withdrawn else { return nil }
            let consent = Self.consent(from: hit.consent)
            guard consent.allows(.publish, at: now) else { return nil }
            return PublishedStory(
                id: hit.id, title: hit.title, summary: hit.summary, body: hit.body, language: hit.language, voice: hit.voice,
                themes: hit.themes.split(separator: ",").map(String.init), place: Place(country: hit.country, region: hit.region),
                credit: Credit(mode: Credit.Mode(rawValue: hit.creditMode) ?? .anonymous, name: hit.creditName),
                publishedAt: hit.publishedAt, consent: consent, translationOf: hit.translationOf)
        }
        // The next page starts after the last hit read for this one, even if that hit was not shown.
        return (items, hits.count > pageSize ? .after(hits[pageSize - 1].position) : nil)
    }

    /// Stories moderators chose for the front page, most recently chosen first; the newest stories
    /// fill the places left, so the front page is never empty while stories exist.
    public func featured(limit: Int = 3) async throws -> [PublishedStory] {
        let chosen = try await StoryRecord.query(on: reader).filter(\.$featuredAt != nil).filter(\.$publishedVersion != nil)
            .filter(\.$chapterID == ChapterScope.space)
            .sort(\.$featuredAt, .descending).limit(limit * 2).all()
        var items = Array(try await readable(chosen).prefix(limit))
        if items.count < limit {
            let latest = try await published(StoryFilter(), pageSize: limit * 2).items
            items += latest.filter { story in !items.contains { $0.id == story.id } }.prefix(limit - items.count)
        }
        return items
    }

    /// The latest stories whose tellers let partner organisations share them, for feeds.
    public func sharedWithPartners(limit: Int = 50) async throws -> [PublishedStory] {
        let now = services.now()
        return try await published(StoryFilter(), pageSize: limit * 2).items
            .filter { $0.consent.allows(.partners, at: now) }.prefix(limit).map { $0 }
    }

    public func published(id: UUID) async throws -> Lookup {
        if try await StoryTombstone.find(id, on: reader) != nil { return .withdrawn }
        guard let record = try await StoryRecord.find(id, on: reader), let story = try await readable([record]).first else {
            return .notFound
        }
        return .found(story)
    }

    /// The readable ones of `records`, in order, with their versions and consent read in two queries
    /// rather than two per story.
    private func readable(_ records: [StoryRecord]) async throws -> [PublishedStory] {
        let ids = records.compactMap(\.id)
        guard !ids.isEmpty else { return [] }
        let versions = try await StoryVersionRecord.query(on: reader).filter(\.$story.$id ~~ ids).all()
        let consents = try await StoryConsentRecord.query(on: reader).filter(\.$story.$id ~~ ids).all()
        let now = services.now()
        return records.compactMap { record in
            guard let id = record.id, let number = record.publishedVersion, Self.lifecycle(of: record).isPublic,
                let version = versions.first(where: { $0.$story.id == id && $0.number == number })
            else { return nil }
            let consent = Self.consent(from: consents.lazy.filter { $0.$story.id == id })
            guard consent.allows(.publish, at: now) else { return nil }
            return Self.published(record, id: id, version: version, consent: consent)
        }
    }

    static func published(_ record: StoryRecord, id: UUID, version: StoryVersionRecord, consent: Consent) -> PublishedStory {
        PublishedStory(
            id: id, title: version.title, summary: version.summary, body: version.body, language: record.language,
            voice: record.voice, themes: record.themes.split(separator: ",").map(String.init),
            place: Place(country: record.country, region: record.region),
            credit: Credit(mode: Credit.Mode(rawValue: record.creditMode) ?? .anonymous, name: record.creditName),
            publishedAt: record.publishedAt, consent: consent, translationOf: record.translationOf)
    }

    /// The story's other readable languages: its original and its published translations.
    public func otherLanguages(of story: PublishedStory) async throws -> [StoryLanguageLink] {
        let root = story.translationOf ?? story.id
        let records = try await StoryRecord.query(on: reader).filter(\.$publishedVersion != nil)
            .group(.or) { $0.filter(\.$id == root).filter(\.$translationOf == root) }.all()
        return try await readable(records).filter { $0.id != story.id }
            .map { StoryLanguageLink(id: $0.id, language: $0.language, isOriginal: $0.translationOf == nil) }
            .sorted { ($0.isOriginal ? 0 : 1, $0.language) < ($1.isOriginal ? 0 : 1, $1.language) }
    }
}
