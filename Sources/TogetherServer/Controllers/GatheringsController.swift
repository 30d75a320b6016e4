import Foundation
import Gatherings
import Hummingbird
import Localization
import NIOCore
import TogetherStore

/// Gatherings for everyone: the list, each gathering with its RSVP form, cancelling with the
/// private code, and calendar files. No account; a name is optional.
struct GatheringsController {
    let services: AppServices

    func register(_ routes: RouteRegistrar) {
        routes.on(.gatherings, use: list)
        routes.on(.gathering(id: .key), use: show)
        routes.on(.gatheringRSVP(id: .key), .post, use: rsvp)
        routes.on(.gatheringCancel, use: cancelForm)
        routes.on(.gatheringCancel, .post, use: cancel)
        routes.on(.gatheringCalendar(id: .key), use: calendar)
        routes.on(.gatheringsCalendar, use: feed)
    }

    private var desk: GatheringDesk { services.gatherings }

    @Sendable func list(_ request: Request, context: AppContext) async throws -> Response {
        let t = services.translations.localizer(for: context.language)
        let page = GatheringsPage(
            upcoming: try await desk.list(upcoming: true), record: try await desk.record(), language: context.language, t: t)
        return services.views.render("gatherings", title: page.title, page: page, request: request, context: context, services: services)
    }

    @Sendable func show(_ request: Request, context: AppContext) async throws -> Response {
        try await render(desk.gathering(named: context.parameters), request: request, context: context)
    }

    @Sendable func rsvp(_ request: Request, context: AppContext) async throws -> Response {
        let listed = try await desk.gathering(named: context.parameters)
        let form = context.form ?? FormFields()
        let name = String(form.trimmed("name").prefix(80))
        let places = Int(form["places"] ?? "1") ?? 0
        do {
            let code = try await desk.rsvp(listed, name: name, places: places)
            // Read again: the places left now include this RSVP.
            let updated = try await desk.gathering(listed.gathering.id) ?? listed
            return try await render(updated, request: request, context: context, code: code.description)
        } catch let error as GatheringError {
            return try await render(listed, request: request, context: context, problem: error.messageKey, name: name, status: .conflict)
        }
    }

    @Sendable func cancelForm(_ request: Request, context: AppContext) async throws -> Response {
        // Never from the address: a private code in a link would end up in histories and logs.
        try renderCancel(request: request, context: context, code: "")
    }

    @Sendable func cancel(_ request: Request, context: AppContext) async throws -> Response {
        let typed = context.form?.trimmed("code") ?? ""
        do {
            let gathering = try await desk.cancel(code: typed)
            return try renderCancel(request: request, context: context, code: "", cancelledTitle: gathering.title)
        } catch let error as GatheringError {
            return try renderCancel(
                request: request, context: context, code: typed, problem: error.messageKey, status: .unprocessableContent)
        }
    }

    @Sendable func calendar(_ request: Request, context: AppContext) async throws -> Response {
        let listed = try await desk.gathering(named: context.parameters)
        return Self.calendarResponse(document([listed], name: listed.gathering.title))
    }

    @Sendable func feed(_ request: Request, context: AppContext) async throws -> Response {
        let t = services.translations.localizer(for: services.translations.defaultLanguage)
        return Self.calendarResponse(document(try await desk.list(upcoming: true), name: t("gatherings_title")))
    }

    private func document(_ gatherings: [GatheringDesk.Listed], name: String) -> String {
        let base = ChapterScope.baseURL(configured: services.configuration.baseURL)
        return ICalendar.document(
            gatherings.map(\.gathering), name: name, domain: URL(string: base)?.host ?? "together.invalid", stamp: services.now(),
            url: { base + SiteRoute.gathering(id: .value($0.id)).path(services.translations.defaultLanguage) },
            cancelled: Set(gatherings.filter(\.record.cancelled).map(\.gathering.id)))
    }

    private static func calendarResponse(_ text: String) -> Response {
        Response(
            status: .ok, headers: [.contentType: "text/calendar; charset=utf-8", .cacheControl: "public, max-age=300"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    private func render(
        _ listed: GatheringDesk.Listed, request: Request, context: AppContext, code: String? = nil, problem: String? = nil,
        name: String = "", status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = services.translations.localizer(for: context.language)
        let page = GatheringPage(
            listed: listed, now: services.now(), code: code, problem: problem.map { t($0) }, name: name, csrf: context.csrf.token(),
            baseURL: ChapterScope.baseURL(configured: services.configuration.baseURL), language: context.language, t: t)
        return services.views.render(
            "gathering", title: listed.gathering.title, page: page, request: request, context: context, services: services, status: status)
    }

    private func renderCancel(
        request: Request, context: AppContext, code: String, problem: String? = nil, cancelledTitle: String? = nil,
        status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let t = services.translations.localizer(for: context.language)
        let page = GatheringCancelPage(
            code: code, problem: problem.map { t($0) }, cancelledTitle: cancelledTitle, csrf: context.csrf.token(),
            language: context.language,
            t: t)
        return services.views.render(
            "gathering-cancel", title: page.title, page: page, request: request, context: context, services: services, status: status)
    }
}
