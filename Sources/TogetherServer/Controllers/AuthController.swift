import FluentKit
import Foundation
import Hummingbird
import Localization
import TogetherStore

/// Signing in and out, and changing one's own password.
struct AuthController {
    let services: AppServices

    func register(_ routes: RouteRegistrar) {
        routes.on(.login, use: showLogin)
        routes.on(.login, .post, use: login)
        routes.on(.logout, .post, use: logout)
        routes.on(.password, use: showPassword)
        routes.on(.password, .post, use: changePassword)
    }

    @Sendable func showLogin(_ request: Request, context: AppContext) async throws -> Response {
        if let user = context.user {
            return .redirect(
                to: Self.dashboard(role: user.role, chapterID: user.chapterID, context: context, services: services), type: .normal)
        }
        let next = request.uri.queryParameters["next"].map(String.init) ?? ""
        return renderLogin(email: "", next: next, errors: FieldErrors(), request: request, context: context, status: .ok)
    }

    @Sendable func login(_ request: Request, context: AppContext) async throws -> Response {
        let form = context.form ?? FormFields()
        let email = form.trimmed("email")
        let next = form.trimmed("next")
        var errors = FieldErrors()
        let address = ClientAddress.key(request: request, context: context, trustProxy: services.configuration.trustProxy)
        let accountKey = "account:" + SecretToken.hash(User.normalise(email: email))
        guard services.loginLimiter.allow("address:" + address), services.loginLimiter.allow(accountKey) else {
            errors.add("email", "error_login_throttled")
            return renderLogin(email: email, next: next, errors: errors, request: request, context: context, status: .tooManyRequests)
        }
        guard let user = try await services.accounts.authenticate(email: email, password: form["password"] ?? "") else {
            errors.add("email", "error_login_failed")
            return renderLogin(email: email, next: next, errors: errors, request: request, context: context, status: .unprocessableContent)
        }
        services.loginLimiter.reset(accountKey)
        // A chapter's own host name keeps its own cookies: a session started here would not reach
        // another space's address, so staff of another space are sent to sign in at their own.
        if user.role != .admin, user.chapterID != context.space, ChapterScope.current?.pathPrefix.isEmpty == true {
            let ownLogin =
                services.configuration.baseURL + (services.chapters.chapter(id: user.chapterID)?.pathPrefix ?? "")
                + SiteRoute.login.path(context.language)
            return Response.redirect(to: Notice.signInElsewhere.appended(to: ownLogin), type: .normal)
        }
        var destination =
            SafeRedirect.path(next, language: context.language) ?? Notice.signedIn.appended(to: SiteRoute.dashboard.path(context.language))
        // Staff who signed in outside their own space are taken to its dashboard.
        if user.role != .admin, user.chapterID != context.space {
            destination = Notice.signedIn.appended(
                to: Self.dashboard(role: user.role, chapterID: user.chapterID, context: context, services: services))
        }
        return try await signIn(user, redirectTo: destination)
    }

    /// The dashboard of the space a staff member works in: here for administrators and for staff of
    /// this space; otherwise their own space's, absolute when this request came through a chapter's
    /// own host name (where a path would name the chapter's space).
    static func dashboard(role: Role, chapterID: UUID?, context: AppContext, services: AppServices) -> String {
        guard role != .admin, chapterID != context.space else { return SiteRoute.dashboard.path(context.language) }
        let tail = "/\(context.language.code)/" + SiteRoute.dashboard.pathComponents.joined(separator: "/")
        let prefix = services.chapters.chapter(id: chapterID)?.pathPrefix ?? ""
        let onChapterHost = ChapterScope.current.map { $0.pathPrefix.isEmpty } ?? false
        return (onChapterHost ? services.configuration.baseURL : "") + prefix + tail
    }

    /// Starts a session and sends the browser on; shared with the setup pages.
    func signIn(_ user: User, redirectTo destination: String) async throws -> Response {
        let token = try await services.accounts.startSession(for: user)
        var response = Response.redirect(to: destination, type: .normal)
        response.setCookie(
            services.cookies.make(services.cookies.session, value: token, maxAge: Int(services.configuration.sessionLifetime)))
        // A new anti-forgery token for the new session.
        response.setCookie(services.cookies.make(services.cookies.csrf, value: SecretToken.generate(), maxAge: nil))
        return response
    }

    @Sendable func logout(_ request: Request, context: AppContext) async throws -> Response {
        if let sessionID = context.user?.sessionID { try await services.accounts.endSession(id: sessionID) }
        var response = Response.redirect(to: Notice.signedOut.appended(to: SiteRoute.home.path(context.language)), type: .normal)
        response.setCookie(services.cookies.expire(services.cookies.session))
        return response
    }

    private func renderLogin(
        email: String, next: String, errors: FieldErrors, request: Request, context: AppContext, status: HTTPResponse.Status
    ) -> Response {
        let t = services.translations.localizer(for: context.language)
        let fields = [
            FieldModel(
                id: "email", name: "email", label: t("field_email"), type: "email", value: email, autocomplete: "username",
                error: errors.message(for: "email").map { t($0) }),
            FieldModel(id: "password", name: "password", label: t("field_password"), type: "password", autocomplete: "current-password"),
        ]
        var page = FormPage(
            title: t("login_title"), intro: t("login_intro"), action: SiteRoute.login.path(context.language),
            csrf: context.csrf.token(), fields: fields, submit: t("login_submit"))
        if !next.isEmpty { page.hidden = [.init(name: "next", value: next)] }
        page.errorSummary = ErrorSummary(errors, fields: fields, t: t)
        return services.views.render(
            "form-page", title: page.title, page: page, request: request, context: context,
            services: services, status: status, notice: services.views.noticeText(request, context: context))
    }
}
