import Foundation
import Hummingbird
import Localization
import Stories

/// What partner organisations take: JSON Feed and Atom of the stories their tellers let partners
/// share, and an embeddable card per story. Consent is checked at every read, so a story whose
/// teller withdrew it or whose sharing consent ended drops out at once.
struct FeedsController {
    let services: AppServices

    func register(_ routes: RouteRegistrar) {
        routes.on(.feedJSON, use: jsonFeed)
        routes.on(.feedAtom, use: atomFeed)
        routes.on(.embedStory(id: .key), use: embed)
    }

    /// The chapter's name in its space.
    var feedTitle: String { (ChapterScope.current?.chapter.name ?? "Together") + ": stories" }
    var base: String { ChapterScope.baseURL(configured: services.configuration.baseURL) }

    func storyURL(_ story: PublishedStory) -> String {
        base + SiteRoute.story(id: .value(story.id)).path(services.translations.language(code: story.language) ?? .english)
    }

    @Sendable func jsonFeed(_ request: Request, context: AppContext) async throws -> Response {
        struct Feed: Encodable {
            struct Item: Encodable {
                struct Author: Encodable { let name: String }
                let id: String
                let url: String
                let title: String
                let content_text: String
                let summary: String?
                let date_published: Date?
                let language: String
                let authors: [Author]?
                let tags: [String]
            }
            let version = "https://jsonfeed.org/version/1.1"
            let title: String
            let home_page_url: String
            let feed_url: String
            let items: [Item]
        }
        let stories = try await services.stories.sharedWithPartners()
        let feed = Feed(
            title: feedTitle, home_page_url: base + SiteRoute.root.path(), feed_url: base + SiteRoute.feedJSON.path(),
            items: stories.map { story in
                .init(
                    id: story.id.uuidString.lowercased(), url: storyURL(story), title: story.title, content_text: story.body,
                    summary: story.summary.isEmpty ? nil : story.summary, date_published: story.publishedAt, language: story.language,
                    authors: story.credit.displayName.map { [.init(name: $0)] }, tags: story.themes)
            })
        var response = try JSONBody.response(feed)
        response.headers[.contentType] = "application/feed+json; charset=utf-8"
        return response
    }

    @Sendable func atomFeed(_ request: Request, context: AppContext) async throws -> Response {
        let stories = try await services.stories.sharedWithPartners()
        let updated = (stories.compactMap(\.publishedAt).max() ?? Date(timeIntervalSince1970: 0)).formatted(.iso8601)
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
            <title>\(Self.escape(feedTitle))</title>
            <id>\(Self.escape(base + SiteRoute.feedAtom.path()))</id>
            <link rel="self" href="\(Self.escape(base + SiteRoute.feedAtom.path()))"/>
            <updated>\(updated)</updated>

            """
        for story in stories {
            xml += """
                <entry xml:lang="\(Self.escape(story.language))">
                <id>urn:uuid:\(story.id.uuidString.lowercased())</id>
                <title>\(Self.escape(story.title))</title>
                <link href="\(Self.escape(storyURL(story)))"/>
                <updated>\((story.publishedAt ?? Date(timeIntervalSince1970: 0)).formatted(.iso8601))</updated>
                <author><name>\(Self.escape(story.credit.displayName ?? "Together"))</name></author>
                \(story.summary.isEmpty ? "" : "<summary>\(Self.escape(story.summary))</summary>")
                <content type="text">\(Self.escape(story.body))</content>
                </entry>

                """
        }
        xml += "</feed>\n"
        return Response(
            status: .ok, headers: [.contentType: "application/atom+xml; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: xml)))
    }

    /// A small card partners can frame. It sets no cookie and carries no form.
    @Sendable func embed(_ request: Request, context: AppContext) async throws -> Response {
        guard let id = context.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw HTTPError(.notFound) }
        let language =
            request.uri.queryParameters["lang"].flatMap { services.translations.language(code: $0) }
            ?? services.translations.defaultLanguage
        guard case .found(let story) = try await services.stories.published(id: id), story.consent.allows(.partners, at: services.now())
        else {
            throw HTTPError(.notFound)
        }
        let t = services.translations.localizer(for: language)
        let card = StoryCard(story, language: language, t: t)
        let page = EmbedPage(
            lang: language.code, dir: language.direction.rawValue, stylesheet: SiteRoute.stylesheet.path(), card: card,
            url: storyURL(story), readLabel: t("embed_read"))
        return Response.html(services.views.library.render(page, withTemplate: "embed") ?? "")
    }

    /// XML text and attribute escaping; control characters XML 1.0 forbids are dropped.
    static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

/// The embeddable card's page.
struct EmbedPage {
    let lang: String
    let dir: String
    let stylesheet: String
    let card: StoryCard
    let url: String
    let readLabel: String
}
