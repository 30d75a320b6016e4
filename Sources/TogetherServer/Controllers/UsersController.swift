import Foundation
import Hummingbird
import Localization
import TogetherStore

/// Administrators manage staff accounts: invite, change roles, deactivate.
struct UsersController {
    let services: AppServices

    func register(_ routes: RouteRegistrar) {
        routes.on(.users, use: list)
        routes.on(.users, .post, use: invite)
        routes.on(.userRole(id: .key), .post, use: changeRole)
        routes.on(.userActive(id: .key), .post, use: changeActive)
    }

    @Sendable func list(_ request: Request, context: AppContext) async throws -> Response {
        try await render(UsersPage.Outcome(), request: request, context: context, status: .ok)
    }

    @Sendable func invite(_ request: Request, context: AppContext) async throws -> Response {
        let form = context.form ?? FormFields()
        var outcome = UsersPage.Outcome(form: form)
        do {
            let role = try AccountValidation.role(form.trimmed("role"))
            let user = try await services.accounts.createUser(
                email: form.trimmed("email"), name: form.trimmed("name"), role: role, password: nil,
                chapterID: try chapterID(form["chapter"] ?? context.space?.uuidString ?? ""))
            let token = try await services.accounts.issueInvitationLink(userID: try user.requireID())
            outcome = UsersPage.Outcome(
                invitedName: user.displayName,
                invitationLink: services.accounts.setupURL(token: token, language: context.language.code, chapterID: user.chapterID))
        } catch let error as AccountError {
            outcome.errors.add(error.field, error.messageKey)
            return try await render(outcome, request: request, context: context, status: .unprocessableContent)
        }
        return try await render(outcome, request: request, context: context, status: .ok)
    }

    @Sendable func changeRole(_ request: Request, context: AppContext) async throws -> Response {
        let id = try userID(context)
        do {
            let role = try AccountValidation.role(context.form?.trimmed("role") ?? "")
            // Both checked before either is saved.
            let chapter = try context.form?["chapter"].map { try chapterID($0) }
            try await services.accounts.setRole(userID: id, role: role)
            if let chapter { try await services.accounts.setChapter(userID: id, chapterID: chapter) }
        } catch let error as AccountError {
            return try await render(
                UsersPage.Outcome(tableError: error.messageKey), request: request, context: context, status: .unprocessableContent)
        }
        return .redirect(to: Notice.roleChanged.appended(to: SiteRoute.users.path(context.language)), type: .normal)
    }

    @Sendable func changeActive(_ request: Request, context: AppContext) async throws -> Response {
        let id = try userID(context)
        do {
            try await services.accounts.setActive(userID: id, active: context.form?["active"] == "true")
        } catch let error as AccountError {
            return try await render(
                UsersPage.Outcome(tableError: error.messageKey), request: request, context: context, status: .unprocessableContent)
        }
        return .redirect(to: Notice.accountUpdated.appended(to: SiteRoute.users.path(context.language)), type: .normal)
    }

    /// Empty for the main space, or the id of a chapter that exists.
    private func chapterID(_ value: String) throws -> UUID? {
        guard !value.isEmpty else { return nil }
        guard let chapter = services.chapters.chapter(id: UUID(uuidString: value)) else { throw AccountError.unknownChapter }
        return chapter.id
    }

    private func userID(_ context: AppContext) throws -> UUID {
        guard let id = context.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw HTTPError(.notFound) }
        return id
    }

    private func render(_ outcome: UsersPage.Outcome, request: Request, context: AppContext, status: HTTPResponse.Status) async throws
        -> Response
    {
        let users = try await services.accounts.users()
        let page = UsersPage(
            users: users, chapters: services.chapters.all, space: context.space, outcome: outcome, language: context.language,
            csrf: context.csrf.token(),
            t: services.translations.localizer(for: context.language))
        return services.views.render(
            "users", title: page.title, page: page, request: request, context: context,
            services: services, status: status, notice: services.views.noticeText(request, context: context))
    }
}
