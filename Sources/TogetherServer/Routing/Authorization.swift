import Foundation
import Hummingbird
import TogetherStore

enum Authorization {
    /// Throws when the request may not use a route with this access; returns a redirect to sign
    /// in when a page needs a signed-in person; nil when the request may go on.
    static func check(_ access: Access, request: Request, context: AppContext) throws -> Response? {
        switch access {
        case .everyone:
            return nil
        case .staff(let roles):
            guard let user = context.user else {
                let next =
                    request.method == .get ? ChapterScope.pathPrefix + request.uri.path : SiteRoute.dashboard.path(context.language)
                let encoded = next.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["?", "&", "="])) ?? ""
                return .redirect(to: SiteRoute.login.path(context.language) + "?next=" + encoded, type: .normal)
            }
            guard roles.contains(user.role), mayWork(role: user.role, memberOf: user.chapterID, in: context.space) else {
                throw HTTPError(.forbidden)
            }
            return nil
        case .apiToken(let roles):
            guard let role = context.apiClient?.role else {
                throw HTTPError(.unauthorized, headers: [.wwwAuthenticate: "Bearer"], message: "A valid bearer token is required.")
            }
            guard roles.contains(role) else { throw HTTPError(.forbidden, message: "This token's role may not use this endpoint.") }
            guard mayWork(role: role, memberOf: context.apiClient?.chapterID, in: context.space) else {
                throw HTTPError(.forbidden, message: "This token works for another chapter.")
            }
            return nil
        case .receipt:
            guard context.receipt != nil else { throw StoryAPIError.noStoryForReceipt }
            return nil
        }
    }

    /// Staff work in their own chapter's space (or the main space when they belong to none);
    /// administrators work in every space.
    static func mayWork(role: Role, memberOf chapter: UUID?, in space: UUID?) -> Bool {
        role == .admin || chapter == space
    }
}
