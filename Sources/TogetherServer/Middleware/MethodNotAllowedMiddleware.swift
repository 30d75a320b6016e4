import HTTPTypes
import Hummingbird

/// A known address asked with a method it does not have gets 405 and the methods it has, as
/// HTTP says, rather than the router's 404.
struct MethodNotAllowedMiddleware: RouterMiddleware {
    typealias Context = AppContext

    let routes: RouteTable

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        // Writes are looked up first, so a write to an address without it is not read as a form
        // (nor refused for its missing token); reads only when the router found nothing.
        if request.method != .get, request.method != .head { try refuse(request, ifNotIn: routes.methods(for: request.uri.path)) }
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            // A handler's own 404 (an unknown id) comes from a route that has this method.
            try refuse(request, ifNotIn: routes.methods(for: request.uri.path))
            throw error
        }
    }

    private func refuse(_ request: Request, ifNotIn methods: Set<HTTPRequest.Method>) throws {
        guard !methods.isEmpty, !methods.contains(request.method) else { return }
        let allow = methods.map(\.rawValue).sorted().joined(separator: ", ")
        throw HTTPError(.methodNotAllowed, headers: [.allow: allow], message: "This address does not answer \(request.method.rawValue).")
    }
}
