import Foundation
import Hummingbird
import Localization
import NIOCore
import Stories

/// Published stories for everyone: the list with search, and each story's own page.
struct StoriesPagesController {
    let services: AppServices

    func register(_ routes: RouteRegistrar) {
        routes.on(.stories, use: list)
        routes.on(.story(id: .key), use: show)
    }

    @Sendable func list(_ request: Request, context: AppContext) async throws -> Response {
        // Visitors without a session share a copy of each listing or search for a few seconds.
        let key = "stories/\(context.language.code)?" + (request.uri.query ?? "").prefix(300)
        if context.user == nil, let cached = services.pageCache.cached(key) { return .html(cached) }
        let generation = services.pageCache.generation
        let parameters = request.uri.queryParameters
        let text = parameters["q"].map { String($0).trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap {
            $0.isEmpty ? nil : String($0.prefix(200))
        }
        // Unknown filter values are ignored, not errors: a reader may have edited the address.
        var filter = StoryFilter(query: text)
        filter.voice = parameters["voice"].flatMap { Voice(rawValue: String($0)) }
        filter.theme = parameters["theme"].flatMap { Theme(rawValue: String($0)) }
        filter.language = parameters["language"].map(String.init).flatMap { StoryLanguage.isKnown($0) ? $0 : nil }
        // A cursor a reader garbled by hand starts from the top rather than failing.
        let cursor = parameters["cursor"].flatMap { StoryCursor($0) } ?? .start
        let page = try await services.stories.published(filter, from: cursor)
        var model = StoryListPage(
            filter: filter, page: page, language: context.language,
            t: services.translations.localizer(for: context.language))
        // Only known values reach the key: the filter was parsed into enums and language codes above.
        let choice = [context.language.code, filter.voice?.rawValue ?? "", filter.theme?.rawValue ?? "", filter.language ?? ""]
        model.filtersHTML = services.fragments.fragment("stories-filters/" + choice.joined(separator: "/")) {
            services.views.library.render(StoryFiltersFragment(filters: model.filters), withTemplate: "stories-filters") ?? ""
        }
        let html = ByteBuffer(
            string: services.views.html("stories", title: model.title, page: model, request: request, context: context, services: services))
        if context.user == nil { services.pageCache.store(html, for: key, since: generation) }
        return .html(html)
    }

    @Sendable func show(_ request: Request, context: AppContext) async throws -> Response {
        guard let id = context.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw HTTPError(.notFound) }
        // Visitors without a session share one rendering of each story for a few seconds; publication
        // and withdrawal empty the cache at once.
        let key = "story/\(id.uuidString)/\(context.language.code)"
        if context.user == nil, let cached = services.pageCache.cached(key) { return .html(cached) }
        let generation = services.pageCache.generation
        switch try await services.stories.published(id: id) {
        case .found(let story):
            let t = services.translations.localizer(for: context.language)
            var card = StoryCard(story, language: context.language, t: t)
            card.link(try await services.stories.otherLanguages(of: story), language: context.language, t: t)
            if try await services.stories.hasPublicPhoto(story) { card.photoURL = SiteRoute.storyPhoto(id: .value(story.id)).path() }
            if let user = context.user, SiteRoute.storyTranslate(id: .key).access.allows(user.role), story.translationOf == nil,
                Authorization.mayWork(role: user.role, memberOf: user.chapterID, in: context.space),
                story.consent.allows(.translate, at: services.now())
            {
                card.translateURL = SiteRoute.storyTranslate(id: .value(story.id)).path(context.language)
            }
            let render = {
                services.views.html("story", title: card.title, page: card, request: request, context: context, services: services)
            }
            return .html(
                context.user == nil ? services.pageCache.body(for: key, since: generation, render: render) : ByteBuffer(string: render()))
        case .withdrawn:
            return ErrorPage(status: .gone, messageKey: "story_withdrawn_text").render(
                request: request, context: context, services: services)
        case .notFound:
            throw HTTPError(.notFound)
        }
    }
}
