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
    public func published(_ filter: StoryFilter, offset: Int, pageSize: Int = StoryDesk.pageSize) async throws -> (
        items: [PublishedStory], hasMore: Bool
    ) {
        var query = StoryRecord.query(on: database).filter(\.$publishedVersion != nil)
            .sort(\.$publishedAt, .descending).sort(\.$id, .descending)
        if let language = filter.language { query = query.filter(\.$language == language.lowercased()) }
        if let voice = filter.voice { query = query.filter(\.$voice == voice.rawValue) }
        if let country = filter.country { query = query.filter(\.$country == country.uppercased()) }
        if let theme = filter.theme { query = query.filter(\.$themes, .custom("LIKE"), "%\(theme.rawValue)%") }
        let records: [StoryRecord]
        if let text = filter.query, !text.trimmingCharacters(in: .whitespaces).isEmpty {
            records = try await searched(text, filtered: query, offset: offset, count: pageSize + 1)
        } else {
            records = try await query.range(offset..<(offset + pageSize + 1)).all()
        }
        var items: [PublishedStory] = []
        for record in records.prefix(pageSize) {
            if let story = try await readable(record) { items.append(story) }
        }
        return (items, records.count > pageSize)
    }

    /// The latest stories whose tellers let partner organisations share them, for feeds.
    public func sharedWithPartners(limit: Int = 50) async throws -> [PublishedStory] {
        let now = services.now()
        return try await published(StoryFilter(), offset: 0, pageSize: limit * 2).items
            .filter { $0.consent.allows(.partners, at: now) }.prefix(limit).map { $0 }
    }

    public func published(id: UUID) async throws -> Lookup {
        if try await StoryTombstone.find(id, on: database) != nil { return .withdrawn }
        guard let record = try await story(id: id), let story = try await readable(record) else { return .notFound }
        return .found(story)
    }

    /// Matches from the full-text index, best first, narrowed by the other filters. The index is asked
    /// for a generous window so that filters rarely leave a page short.
    private func searched(_ text: String, filtered query: QueryBuilder<StoryRecord>, offset: Int, count: Int) async throws -> [StoryRecord]
    {
        let ids = try await StorySearch(store: services.store).search(text, limit: 1000, offset: 0)
        guard !ids.isEmpty else { return [] }
        let matches = try await query.filter(\.$id ~~ ids).all()
        let rank = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        let ordered = matches.sorted { (rank[$0.id ?? UUID()] ?? .max) < (rank[$1.id ?? UUID()] ?? .max) }
        return Array(ordered.dropFirst(offset).prefix(count))
    }

    /// The published version, if the story is public and its teller's consent to publish is still in force.
    private func readable(_ record: StoryRecord) async throws -> PublishedStory? {
        guard let number = record.publishedVersion, Self.lifecycle(of: record).isPublic else { return nil }
        let consent = try await consent(of: record)
        guard consent.allows(.publish, at: services.now()), let version = try await version(number, of: record) else { return nil }
        return PublishedStory(
            id: try record.requireID(), title: version.title, summary: version.summary, body: version.body, language: record.language,
            voice: record.voice, themes: record.themes.split(separator: ",").map(String.init),
            place: Place(country: record.country, region: record.region),
            credit: Credit(mode: Credit.Mode(rawValue: record.creditMode) ?? .anonymous, name: record.creditName),
            publishedAt: record.publishedAt, consent: consent)
    }
}
