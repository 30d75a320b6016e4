import Hummingbird

/// One-line confirmations after a redirect (`?notice=password-changed`). Only known names are
/// shown, so the query string cannot put words on the page.
enum Notice: String, CaseIterable {
    case signedIn = "signed-in"
    case signedOut = "signed-out"
    case passwordChanged = "password-changed"
    case setupDone = "setup-done"
    case roleChanged = "role-changed"
    case accountUpdated = "account-updated"
    case signInElsewhere = "sign-in-elsewhere"

    var messageKey: String { "notice_" + rawValue.replacingOccurrences(of: "-", with: "_") }

    static func from(_ request: Request) -> Notice? {
        request.uri.queryParameters["notice"].flatMap { Notice(rawValue: String($0)) }
    }

    func appended(to path: String) -> String { path + "?notice=" + rawValue }
}

extension ViewRenderer {
    /// The localized text of the request's notice, if it names one.
    func noticeText(_ request: Request, context: AppContext) -> String? {
        Notice.from(request).map { translations.localizer(for: context.language)($0.messageKey) }
    }
}
