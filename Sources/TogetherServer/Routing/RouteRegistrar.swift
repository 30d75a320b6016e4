import HTTPTypes
import Hummingbird
import Localization

/// Registers a ``SiteRoute`` under every language prefix and wraps its handler in the route's
/// ``Access`` check.
struct RouteRegistrar {
    let router: Router<AppContext>
    let languages: [Language]

    typealias Handler = @Sendable (Request, AppContext) async throws -> Response

    func on(_ route: SiteRoute, _ method: HTTPRequest.Method = .get, use handler: @escaping Handler) {
        let access = route.access
        let guarded: Handler = { request, context in
            if let redirect = try Authorization.check(access, request: request, context: context) {
                return redirect
            }
            return try await handler(request, context)
        }
        if route.isLocalized {
            for language in languages {
                router.on(RouterPath(route.path(language)), method: method, use: guarded)
            }
        } else {
            router.on(RouterPath(route.path()), method: method, use: guarded)
        }
    }
}
