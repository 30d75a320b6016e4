import Foundation
import Hummingbird
import Localization
import NIOCore
import TogetherStore

/// Pledge campaigns for everyone: the list, each campaign with its counter and signing form (a first
/// name at most, no account), an embeddable counter for partner sites, and the counter as JSON.
struct PledgesController {
    let services: AppServices

    func register(_ routes: RouteRegistrar) {
        routes.on(.pledges, use: list)
        routes.on(.pledge(id: .key), use: show)
        routes.on(.pledgeSign(id: .key), .post, use: sign)
        routes.on(.embedPledge(id: .key), use: embed)
        routes.on(.apiPledge(id: .key), use: api)
    }

    private var desk: PledgeDesk { services.pledges }

    @Sendable func list(_ request: Request, context: AppContext) async throws -> Response {
        let t = services.translations.localizer(for: context.language)
        var rows: [(PledgeRecord, Int)] = []
        for pledge in try await desk.list(openOnly: true) { rows.append((pledge, try await desk.count(pledge.requireID()))) }
        let page = PledgesPage(pledges: rows, language: context.language, t: t)
        return services.views.render("pledges", title: page.title, page: page, request: request, context: context, services: services)
    }

    @Sendable func show(_ request: Request, context: AppContext) async throws -> Response {
        let pledge = try await desk.pledge(named: context.parameters, publicOnly: true)
        let key = ParticipantKey.read(request, cookies: services.cookies, externalID: nil, create: false)
        let signed = try await key.hash(for: pledge.id!).asyncMap { try await desk.hasSigned(pledge.id!, keyHash: $0) } ?? false
        return try await render(pledge, request: request, context: context, signed: signed)
    }

    @Sendable func sign(_ request: Request, context: AppContext) async throws -> Response {
        let pledge = try await desk.pledge(named: context.parameters, publicOnly: true)
        let firstName = String((context.form?.trimmed("first_name") ?? "").prefix(40))
        let key = ParticipantKey.read(request, cookies: services.cookies, externalID: nil, create: true)
        guard let hash = key.hash(for: pledge.id!) else { throw HTTPError(.badRequest) }
        if let problem = try await desk.sign(pledge, keyHash: hash, firstName: firstName) {
            return try await render(
                pledge, request: request, context: context, signed: problem == .alreadySigned, problem: problem.messageKey,
                status: problem == .alreadySigned ? .ok : .conflict)
        }
        var response = try await render(pledge, request: request, context: context, signed: true, justSigned: true)
        key.setCookie(on: &response, cookies: services.cookies)
        return response
    }

    /// A counter partner sites put in a frame: the words, the count, a link to sign.
    @Sendable func embed(_ request: Request, context: AppContext) async throws -> Response {
        let pledge = try await desk.pledge(named: context.parameters, publicOnly: true)
        let language =
            request.uri.queryParameters["lang"].flatMap { services.translations.language(code: $0) }
            ?? services.translations.defaultLanguage
        let t = services.translations.localizer(for: language)
        let count = try await desk.count(pledge.requireID())
        let page = PledgeEmbedPage(
            pledge: pledge, count: count, stylesheet: SiteRoute.stylesheet.path(),
            url: ChapterScope.baseURL(configured: services.configuration.baseURL) + SiteRoute.pledge(id: .value(pledge.id!)).path(language),
            language: language, t: t)
        return Response.html(services.views.library.render(page, withTemplate: "pledge-embed") ?? "")
    }

    /// `{"id", "title", "text", "language", "status", "signatures", "milestones", "url"}`.
    @Sendable func api(_ request: Request, context: AppContext) async throws -> Response {
        guard let id = context.parameters.get("id", as: UUID.self), let pledge = try await desk.pledge(id), pledge.status != .draft else {
            throw HTTPError(.notFound, message: "There is no pledge campaign with this id.")
        }
        let body = PledgeJSON(
            id: id.uuidString.lowercased(), title: pledge.title, text: pledge.text, language: pledge.language,
            status: pledge.status.rawValue,
            signatures: try await desk.count(id), milestones: pledge.milestones,
            url: ChapterScope.baseURL(configured: services.configuration.baseURL)
                + SiteRoute.pledge(id: .value(id)).path(services.translations.defaultLanguage))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return JSONBody.response(bytes: ByteBuffer(bytes: try encoder.encode(body)))
    }

    private func render(
        _ pledge: PledgeRecord, request: Request, context: AppContext, signed: Bool, justSigned: Bool = false, problem: String? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = services.translations.localizer(for: context.language)
        let id = try pledge.requireID()
        let page = PledgePage(
            pledge: pledge, count: try await desk.count(id), names: try await desk.recentNames(id), signed: signed, justSigned: justSigned,
            problem: problem.map { t($0) }, csrf: context.csrf.token(),
            baseURL: ChapterScope.baseURL(configured: services.configuration.baseURL), language: context.language,
            t: t)
        return services.views.render(
            "pledge", title: pledge.title, page: page, request: request, context: context, services: services, status: status)
    }
}

struct PledgeJSON: Encodable {
    let id: String
    let title: String
    let text: String
    let language: String
    let status: String
    let signatures: Int
    let milestones: [Int]
    let url: String
}
