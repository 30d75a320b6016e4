import Hummingbird
import Localization
import NIOCore

/// The public pages: home, about, privacy, and the bare address that picks a language.
struct PagesController {
    let services: AppServices

    func register(_ routes: RouteRegistrar) {
        routes.on(.root, use: root)
        routes.on(.home, use: home)
        routes.on(.about, use: about)
        routes.on(.privacy, use: privacy)
    }

    @Sendable func root(_ request: Request, context: AppContext) async throws -> Response {
        // A chapter's bare address opens in one of its own languages.
        var language = context.language
        if let offered = context.chapter?.languages(of: services.translations), !offered.contains(language), let first = offered.first {
            language = first
        }
        var response = Response.redirect(to: SiteRoute.home.path(language), type: .normal)
        response.headers[.vary] = "Accept-Language, Cookie"
        return response
    }

    @Sendable func home(_ request: Request, context: AppContext) async throws -> Response {
        if let cached = anonymousCopy("home", request: request, context: context) { return .html(cached) }
        let generation = services.pageCache.generation
        let latest = try await services.stories.featured()
        let common = try await commonGround(context.language)
        let now = services.now()
        let upcoming = try await services.gatherings.list(upcoming: true).filter { GatheringDesk.isOpen($0, now: now) }
            .prefix(3)
        let pledge = try await services.pledges.list(openOnly: true).first
        var signatures = 0
        if let pledge { signatures = try await services.pledges.count(pledge.requireID()) }
        return publicPage("home", since: generation, request: request, context: context) {
            let t = services.translations.localizer(for: context.language)
            let page = HomePage(
                tellURL: SiteRoute.storyNew.path(context.language),
                storiesURL: SiteRoute.stories.path(context.language),
                conversationsURL: SiteRoute.conversations.path(context.language),
                latest: latest.map { StoryCard($0, language: context.language, t: t) },
                aboutURL: SiteRoute.about.path(context.language),
                privacyURL: SiteRoute.privacy.path(context.language),
                features: HomePage.featureKeys.map {
                    HomePage.Feature(title: t("home_feature_\($0)_title"), text: t("home_feature_\($0)_text"))
                },
                common: common,
                gatherings: upcoming.map {
                    GatheringCard(
                        $0, url: SiteRoute.gathering(id: .value($0.gathering.id)).path(context.language), language: context.language, t: t)
                },
                gatheringsURL: SiteRoute.gatherings.path(context.language),
                pledge: pledge.flatMap { PledgesPage(pledges: [($0, signatures)], language: context.language, t: t).rows.first },
                pledgesURL: SiteRoute.pledges.path(context.language)
            )
            return services.views.html("home", title: t("home_title"), page: page, request: request, context: context, services: services)
        }
    }

    @Sendable func about(_ request: Request, context: AppContext) async throws -> Response {
        publicPage("about", request: request, context: context) { prose(ProsePage.about, request: request, context: context) }
    }

    @Sendable func privacy(_ request: Request, context: AppContext) async throws -> Response {
        publicPage("privacy", request: request, context: context) { prose(ProsePage.privacy, request: request, context: context) }
    }

    private func prose(_ outline: ProsePage.Outline, request: Request, context: AppContext) -> String {
        let page = ProsePage(outline: outline, t: services.translations.localizer(for: context.language))
        return services.views.html("prose", title: page.title, page: page, request: request, context: context, services: services)
    }

    /// The cached copy of a public page for a visitor without a session, if a fresh one exists.
    private func anonymousCopy(_ name: String, request: Request, context: AppContext) -> ByteBuffer? {
        guard context.user == nil, Notice.from(request) == nil else { return nil }
        return services.pageCache.cached("\(name)/\(context.language.code)")
    }

    /// Visitors without a session all see the same page, so it comes from the short-lived cache.
    /// Signed-in staff (whose header differs) and pages with a notice are rendered fresh.
    private func publicPage(_ name: String, since generation: Int? = nil, request: Request, context: AppContext, render: () -> String)
        -> Response
    {
        guard context.user == nil, Notice.from(request) == nil else { return .html(render()) }
        return .html(
            services.pageCache.body(
                for: "\(name)/\(context.language.code)", since: generation ?? services.pageCache.generation, render: render))
    }

    /// The newest open conversation whose results are already computed (the home page never waits
    /// for the math), with its top three statements of common ground.
    private func commonGround(_ language: Language) async throws -> CommonGroundTeaser? {
        for conversation in try await services.conversations.list(openOnly: true) {
            guard let id = conversation.id, let analysis = await services.conversationResults.entry(id)?.analysis, !analysis.groups.isEmpty
            else { continue }
            let shown = Dictionary(
                try await services.conversations.statements(id).filter { $0.status == .approved && !$0.isMeta }.map {
                    (String($0.number), $0.text)
                },
                uniquingKeysWith: { first, _ in first })
            let top = analysis.groupAwareConsensus.compactMap { shown[analysis.statements[$0.statement]] }.prefix(3)
            guard !top.isEmpty else { continue }
            return CommonGroundTeaser(
                topic: conversation.title, lang: conversation.language, dir: StoryText.direction(of: conversation.language),
                statements: Array(top), resultsURL: SiteRoute.conversationResults(id: .value(id)).path(language))
        }
        return nil
    }
}
