import Foundation
import HTTPTypes
import Hummingbird

/// Strict headers on every response, errors included.
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = AppContext

    let behindTLS: Bool

    /// No inline script or style anywhere; pages load only the site's own stylesheet.
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self' data:; font-src 'self'; form-action 'self'; "
        + "base-uri 'none'; frame-ancestors 'none'"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        Self.apply(to: &response.headers, behindTLS: behindTLS)
        return response
    }

    static func apply(to headers: inout HTTPFields, behindTLS: Bool) {
        headers[.contentSecurityPolicy] = contentSecurityPolicy
        headers[.xContentTypeOptions] = "nosniff"
        headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        headers[HTTPField.Name("Cross-Origin-Opener-Policy")!] = "same-origin"
        headers[HTTPField.Name("Permissions-Policy")!] = "camera=(), microphone=(), geolocation=(), interest-cohort=()"
        if behindTLS {
            headers[.strictTransportSecurity] = "max-age=63072000; includeSubDomains"
        }
    }
}
