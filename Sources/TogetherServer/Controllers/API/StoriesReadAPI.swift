import FluentKit
import Foundation
import Hummingbird
import Stories
import TogetherStore

/// Published stories for everyone, and the list of withdrawn ones for partners to delete.
struct StoriesReadAPI {
    let services: AppServices

    var desk: StoryDesk { services.stories }

    func register(_ routes: RouteRegistrar) {
        routes.on(.apiStories, use: list)
        routes.on(.apiStory(id: .key), use: show)
        routes.on(.apiStoriesWithdrawn, use: withdrawn)
    }

    static let pageSize = 20

    @Sendable func list(_ request: Request, context: AppContext) async throws -> Response {
        let parameters = request.uri.queryParameters
        let offset = parameters["cursor"].flatMap { Int($0) } ?? 0
        guard offset >= 0 else { throw StoryAPIError.badParameter("'cursor' must be a value from a previous page's 'next'.") }
        var query = StoryRecord.query(on: services.store.database).filter(\.$publishedVersion != nil)
            .sort(\.$publishedAt, .descending).sort(\.$id, .descending)
        if let language = parameters["language"] { query = query.filter(\.$language == String(language).lowercased()) }
        if let voice = parameters["voice"] {
            guard Voice(rawValue: String(voice)) != nil else { throw StoryAPIError.invalid([.init("voice", .unknownVoice)]) }
            query = query.filter(\.$voice == String(voice))
        }
        if let country = parameters["country"] { query = query.filter(\.$country == String(country).uppercased()) }
        if let theme = parameters["theme"] {
            guard Theme(rawValue: String(theme)) != nil else { throw StoryAPIError.invalid([.init("theme", .unknownTheme)]) }
            query = query.filter(\.$themes, .custom("LIKE"), "%\(theme)%")
        }
        let records: [StoryRecord]
        if let q = parameters["q"].map(String.init), !q.trimmingCharacters(in: .whitespaces).isEmpty {
            records = try await searched(q, filtered: query, offset: offset)
        } else {
            records = try await query.range(offset..<(offset + Self.pageSize + 1)).all()
        }
        var items: [StoryJSON.PublicStory] = []
        for record in records.prefix(Self.pageSize) {
            if let story = try await publicStory(record) { items.append(story) }
        }
        let next = records.count > Self.pageSize ? String(offset + Self.pageSize) : nil
        return try JSONBody.response(StoryJSON.Page(items: items, next: next))
    }

    /// Matches from the full-text index, best first, narrowed by the other filters. The index is asked
    /// for a generous window so that filters rarely leave a page short.
    private func searched(_ q: String, filtered query: QueryBuilder<StoryRecord>, offset: Int) async throws -> [StoryRecord] {
        let ids = try await StorySearch(store: services.store).search(q, limit: 1000, offset: 0)
        guard !ids.isEmpty else { return [] }
        let matches = try await query.filter(\.$id ~~ ids).all()
        let rank = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        let ordered = matches.sorted { (rank[$0.id ?? UUID()] ?? .max) < (rank[$1.id ?? UUID()] ?? .max) }
        return Array(ordered.dropFirst(offset).prefix(Self.pageSize + 1))
    }

    @Sendable func show(_ request: Request, context: AppContext) async throws -> Response {
        guard let id = context.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw StoryAPIError.notFound }
        if try await StoryTombstone.find(id, on: services.store.database) != nil { throw StoryAPIError.withdrawn }
        guard let record = try await desk.story(id: id), let story = try await publicStory(record) else { throw StoryAPIError.notFound }
        return try JSONBody.response(story)
    }

    @Sendable func withdrawn(_ request: Request, context: AppContext) async throws -> Response {
        var query = StoryTombstone.query(on: services.store.database).sort(\.$withdrawnAt)
        if let since = request.uri.queryParameters["since"] {
            guard let date = try? Date(String(since), strategy: .iso8601) else {
                throw StoryAPIError.badParameter("'since' must be a time like 2026-11-23T10:00:00Z.")
            }
            query = query.filter(\.$withdrawnAt > date)
        }
        let items = try await query.limit(1000).all().compactMap { tombstone in
            tombstone.id.map { StoryJSON.Tombstone(id: $0, withdrawnAt: tombstone.withdrawnAt) }
        }
        return try JSONBody.response(StoryJSON.Page(items: items, next: nil))
    }

    /// The published version, if the story is public and its teller's consent to publish is still in force.
    private func publicStory(_ record: StoryRecord) async throws -> StoryJSON.PublicStory? {
        guard let number = record.publishedVersion, StoryDesk.lifecycle(of: record).isPublic,
            try await desk.consent(of: record).allows(.publish, at: services.now()),
            let version = try await desk.version(number, of: record)
        else { return nil }
        let credit = Credit(mode: Credit.Mode(rawValue: record.creditMode) ?? .anonymous, name: record.creditName)
        return StoryJSON.PublicStory(
            id: try record.requireID(), title: version.title, summary: version.summary, body: version.body, language: record.language,
            voice: record.voice, themes: StoryJSON.themes(record.themes), place: .init(country: record.country, region: record.region),
            credit: .init(mode: credit.mode.rawValue, name: credit.displayName), publishedAt: record.publishedAt)
    }
}
