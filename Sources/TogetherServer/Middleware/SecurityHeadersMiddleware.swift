import Foundation
import HTTPTypes
import Hummingbird

/// Strict headers on every response, errors included.
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = AppContext

    let behindTLS: Bool

    /// No inline script or style anywhere; pages load only the site's own stylesheet and scripts
    /// (the checker's, which talks to the site's own API).
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'self'; script-src 'self'; connect-src 'self'; img-src 'self' data:; font-src 'self'; form-action 'self'; "
        + "base-uri 'none'; frame-ancestors 'none'"

    /// Embeddable story cards may be framed by any partner site; nothing else may be framed at all.
    static let embeddableContentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'none'; base-uri 'none'; frame-ancestors *"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        Self.apply(to: &response.headers, behindTLS: behindTLS, embeddable: request.uri.path.hasPrefix("/embed/"))
        return response
    }

    static func apply(to headers: inout HTTPFields, behindTLS: Bool, embeddable: Bool = false) {
        headers[.contentSecurityPolicy] = embeddable ? embeddableContentSecurityPolicy : contentSecurityPolicy
        headers[.xContentTypeOptions] = "nosniff"
        headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        if !embeddable { headers[HTTPField.Name("X-Frame-Options")!] = "DENY" }
        headers[HTTPField.Name("Cross-Origin-Opener-Policy")!] = "same-origin"
        headers[HTTPField.Name("Permissions-Policy")!] = "camera=(), microphone=(), geolocation=(), interest-cohort=()"
        if behindTLS {
            headers[.strictTransportSecurity] = "max-age=63072000; includeSubDomains"
        }
    }
}
