import FluentKit
import Foundation
import Hummingbird
import NIOCore
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

    @Sendable func list(_ request: Request, context: AppContext) async throws -> Response {
        // Everyone gets the same answer for the same question: popular searches (a shared link in
        // a campaign) are answered from a copy of a few seconds, emptied at once by any change.
        let key = "api/stories?" + (request.uri.query ?? "").prefix(300)
        if let cached = services.pageCache.cached(key) { return JSONBody.response(bytes: cached) }
        let generation = services.pageCache.generation
        let parameters = request.uri.queryParameters
        var cursor = StoryCursor.start
        if let text = parameters["cursor"] {
            guard let parsed = StoryCursor(text) else {
                throw StoryAPIError.badParameter("'cursor' must be a value from a previous page's 'next'.")
            }
            cursor = parsed
        }
        var filter = StoryFilter(query: parameters["q"].map(String.init), language: parameters["language"].map(String.init))
        if let country = parameters["country"] {
            guard Place.countryCodes.contains(String(country).uppercased()) else {
                throw StoryAPIError.invalid([.init("country", .unknownCountry)])
            }
            filter.country = String(country)
        }
        if let voice = parameters["voice"] {
            guard let parsed = Voice(rawValue: String(voice)) else { throw StoryAPIError.invalid([.init("voice", .unknownVoice)]) }
            filter.voice = parsed
        }
        if let theme = parameters["theme"] {
            guard let parsed = Theme(rawValue: String(theme)) else { throw StoryAPIError.invalid([.init("theme", .unknownTheme)]) }
            filter.theme = parsed
        }
        let page = try await desk.published(filter, from: cursor)
        let bytes = ByteBuffer(
            bytes: try JSONBody.encoder.encode(
                StoryJSON.Page(items: page.items.map(StoryJSON.PublicStory.init), next: page.next?.text)))
        services.pageCache.store(bytes, for: key, since: generation)
        return JSONBody.response(bytes: bytes)
    }

    @Sendable func show(_ request: Request, context: AppContext) async throws -> Response {
        guard let id = context.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw StoryAPIError.notFound }
        switch try await desk.published(id: id) {
        case .found(let story):
            var body = StoryJSON.PublicStory(story)
            body.otherLanguages = try await desk.otherLanguages(of: story).map {
                .init(id: $0.id, language: $0.language, isOriginal: $0.isOriginal)
            }
            return try JSONBody.response(body)
        case .withdrawn: throw StoryAPIError.withdrawn
        case .notFound: throw StoryAPIError.notFound
        }
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
}

extension StoryJSON.PublicStory {
    init(_ story: PublishedStory) {
        self.init(
            id: story.id, title: story.title, summary: story.summary, body: story.body, language: story.language, voice: story.voice,
            themes: story.themes, place: .init(country: story.place.country, region: story.place.region),
            credit: .init(mode: story.credit.mode.rawValue, name: story.credit.displayName), publishedAt: story.publishedAt,
            translationOf: story.translationOf)
    }
}
