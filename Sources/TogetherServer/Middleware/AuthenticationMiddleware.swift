import Hummingbird
import Stories

/// Finds out who is asking: a staff session cookie for pages, a bearer token for the API.
/// It never refuses a request itself; each route's ``Access`` decides.
struct AuthenticationMiddleware: RouterMiddleware {
    typealias Context = AppContext

    let services: AppServices

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if let authorization = request.headers[.authorization], authorization.lowercased().hasPrefix("bearer ") {
            let token = String(authorization.dropFirst("bearer ".count)).trimmingCharacters(in: .whitespaces)
            context.apiClient = try await services.accounts.apiClient(bearer: token)
        } else if let authorization = request.headers[.authorization], authorization.lowercased().hasPrefix("receipt ") {
            context.receipt = ReceiptCode(typed: String(authorization.dropFirst("receipt ".count)))
        } else if let cookie = request.cookies[services.cookies.session]?.value {
            context.user = try await services.accounts.sessionUser(cookie: cookie)
        }
        return try await next(request, context)
    }
}
