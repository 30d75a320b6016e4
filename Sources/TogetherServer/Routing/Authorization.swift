import Foundation
import Hummingbird

enum Authorization {
    /// Throws when the request may not use a route with this access; returns a redirect to sign
    /// in when a page needs a signed-in person; nil when the request may go on.
    static func check(_ access: Access, request: Request, context: AppContext) throws -> Response? {
        switch access {
        case .everyone:
            return nil
        case .staff(let roles):
            guard let user = context.user else {
                let next = request.method == .get ? request.uri.path : SiteRoute.dashboard.path(context.language)
                let encoded = next.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["?", "&", "="])) ?? ""
                return .redirect(to: SiteRoute.login.path(context.language) + "?next=" + encoded, type: .normal)
            }
            guard roles.contains(user.role) else { throw HTTPError(.forbidden) }
            return nil
        case .apiToken(let roles):
            guard let role = context.apiClient?.role else {
                throw HTTPError(.unauthorized, headers: [.wwwAuthenticate: "Bearer"], message: "A valid bearer token is required.")
            }
            guard roles.contains(role) else { throw HTTPError(.forbidden, message: "This token's role may not use this endpoint.") }
            return nil
        case .receipt:
            guard context.receipt != nil else { throw StoryAPIError.noStoryForReceipt }
            return nil
        }
    }
}
