import Foundation
import HTTPTypes
import Hummingbird
import Localization

/// Registers a ``SiteRoute`` under every language prefix and wraps its handler in the route's
/// ``Access`` check.
struct RouteRegistrar {
    let router: Router<AppContext>
    let languages: [Language]
    let services: AppServices
    let table: RouteTable

    typealias Handler = @Sendable (Request, AppContext) async throws -> Response

    func on(_ route: SiteRoute, _ method: HTTPRequest.Method = .get, use handler: @escaping Handler) {
        let access = route.access
        let scopedTable = route.scopedTable
        let chapters = ChapterGuard(services: services)
        let directory = services.chapters
        let guarded: Handler = { request, context in
            if let redirect = try Authorization.check(access, request: request, context: context) {
                return redirect
            }
            // With no chapter in the installation every record is in the main space.
            if let scopedTable, !directory.isEmpty, let id = context.parameters.get("id", as: UUID.self) {
                try await chapters.check(scopedTable, id: id, space: context.space)
            }
            return try await handler(request, context)
        }
        if route.isLocalized {
            for language in languages {
                router.on(RouterPath(route.path(language)), method: method, use: guarded)
                table.add(route.path(language), method)
            }
        } else {
            router.on(RouterPath(route.path()), method: method, use: guarded)
            table.add(route.path(), method)
        }
    }
}
