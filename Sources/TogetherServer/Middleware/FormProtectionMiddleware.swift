import Hummingbird
import Photos

/// Guards every state-changing request: size limit, rate limit per address, form encoding, and
/// the anti-forgery token (double-submit: the hidden field must equal the HttpOnly cookie).
/// Also sets that cookie when a page has handed out a new token.
struct FormProtectionMiddleware: RouterMiddleware {
    typealias Context = AppContext

    let services: AppServices

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var request = request
        var context = context
        let cookieName = services.cookies.csrf
        if let existing = request.cookies[cookieName]?.value, SecretToken.isWellFormed(existing) {
            context.csrf.adopt(cookieValue: existing)
        }
        // Methods that carry a body and change things; others (TRACE, CONNECT...) go on to be
        // answered 405 by the router's table.
        if [.post, .put, .patch, .delete].contains(request.method) {
            // API handlers read JSON with limits of their own (a story may be longer than a form).
            if !request.uri.path.hasPrefix("/api/") { try checkSize(request) }
            guard
                services.writeLimiter.allow(
                    ClientAddress.key(request: request, context: context, trustProxy: services.configuration.trustProxy))
            else { throw HTTPError(.tooManyRequests) }
            // The JSON API authenticates with bearer tokens, which a foreign site cannot send.
            if !request.uri.path.hasPrefix("/api/") {
                if Self.isPhotoForm(request) {
                    (context.form, context.upload) = try await readPhotoForm(&request, context: context)
                } else if Self.isImportForm(request) {
                    (context.form, context.files) = try await readImportForm(&request, context: context)
                } else {
                    context.form = try await readForm(&request, context: context)
                }
            }
        }
        var response = try await next(request, context)
        if context.csrf.needsCookie, let token = context.csrf.cookieValue {
            response.setCookie(services.cookies.make(cookieName, value: token, maxAge: nil))
        }
        return response
    }

    /// Rule packs are whole YAML files, and Arabic or Turkish text triples in size once form-encoded:
    /// that one staff form may send more than the others.
    private func limit(for request: Request) -> Int {
        if Self.isPhotoForm(request) { return PhotoCleaner.defaultLimit + 64 * 1024 }
        if Self.isImportForm(request) { return Self.importLimit }
        return request.uri.path.hasSuffix("/" + SiteRoute.rulePacks.pathComponents.joined(separator: "/"))
            ? 1024 * 1024 : services.configuration.maxBodySize
    }

    private func checkSize(_ request: Request) throws {
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit(for: request) {
            throw HTTPError(.contentTooLarge)
        }
    }

    private func readForm(_ request: inout Request, context: Context) async throws -> FormFields {
        let contentType = request.headers[.contentType]?.lowercased() ?? ""
        guard contentType.hasPrefix("application/x-www-form-urlencoded") else { throw HTTPError(.unsupportedMediaType) }
        let body = try await request.collectBody(upTo: limit(for: request))
        guard let fields = FormFields(urlEncoded: String(buffer: body)) else { throw HTTPError(.badRequest) }
        guard let expected = context.csrf.cookieValue, let sent = fields["_csrf"],
            SecretToken.constantTimeEquals(expected, sent)
        else { throw FormExpired() }
        return fields
    }
}

/// The anti-forgery check failed: usually a page left open for long, or cookies turned off.
struct FormExpired: Error {}
