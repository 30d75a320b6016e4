import Foundation
import Hummingbird

/// The audit log for administrators, as a page and through the API.
struct AuditLogController {
    let services: AppServices

    func register(_ routes: RouteRegistrar) {
        routes.on(.auditLog, use: page)
        routes.on(.apiAudit, use: api)
    }

    @Sendable func page(_ request: Request, context: AppContext) async throws -> Response {
        // Filters from the address; a value that is not a story id or a position is ignored.
        let story = request.uri.queryParameters["story"].flatMap { UUID(uuidString: String($0)) }
        let offset = max(0, request.uri.queryParameters["cursor"].flatMap { Int($0) } ?? 0)
        let log = try await services.stories.auditLog(story: story, offset: offset)
        let page = AuditLogPage(
            log.entries, hasMore: log.hasMore, offset: offset, story: story, baseURL: SiteRoute.auditLog.path(context.language),
            language: context.language, t: services.translations.localizer(for: context.language))
        return services.views.render("audit-log", title: page.title, page: page, request: request, context: context, services: services)
    }

    @Sendable func api(_ request: Request, context: AppContext) async throws -> Response {
        struct Item: Encodable {
            let at: Date
            let role: String
            let actorName: String?
            let action: String
            let storyID: UUID?
        }
        var story: UUID?
        if let text = request.uri.queryParameters["story"] {
            guard let id = UUID(uuidString: String(text)) else { throw StoryAPIError.badParameter("'story' must be a story id.") }
            story = id
        }
        let offset = request.uri.queryParameters["cursor"].flatMap { Int($0) } ?? 0
        guard offset >= 0 else { throw StoryAPIError.badParameter("'cursor' must be a value from a previous page's 'next'.") }
        let log = try await services.stories.auditLog(story: story, offset: offset, limit: 100)
        let items = log.entries.map { Item(at: $0.at, role: $0.role, actorName: $0.actorName, action: $0.action, storyID: $0.storyID) }
        return try JSONBody.response(StoryJSON.Page(items: items, next: log.hasMore ? String(offset + 100) : nil))
    }
}
