import FluentKit
import Hummingbird
import TogetherStore

/// One-time links: creating the first administrator, and invited staff choosing a password.
struct SetupController {
    let services: AppServices

    func register(_ routes: RouteRegistrar) {
        routes.on(.setup(token: .key), use: show)
        routes.on(.setup(token: .key), .post, use: submit)
    }

    @Sendable func show(_ request: Request, context: AppContext) async throws -> Response {
        let token = context.parameters.get("token") ?? ""
        guard let record = try await services.accounts.usableSetupToken(token) else { throw HTTPError(.gone) }
        return render(record, token: token, form: FormFields(), errors: FieldErrors(), request: request, context: context, status: .ok)
    }

    @Sendable func submit(_ request: Request, context: AppContext) async throws -> Response {
        let token = context.parameters.get("token") ?? ""
        guard let record = try await services.accounts.usableSetupToken(token) else { throw HTTPError(.gone) }
        let form = context.form ?? FormFields()
        do {
            let user = try await services.accounts.completeSetup(
                record, email: form.trimmed("email"), name: form.trimmed("name"),
                password: form["password"] ?? "", confirmation: form["confirm"] ?? "")
            return try await AuthController(services: services)
                .signIn(
                    user,
                    redirectTo: Notice.setupDone.appended(
                        to: AuthController.dashboard(role: user.role, chapterID: user.chapterID, context: context, services: services)))
        } catch let error as AccountError {
            var errors = FieldErrors()
            errors.add(error.field, error.messageKey)
            return render(
                record, token: token, form: form, errors: errors, request: request, context: context, status: .unprocessableContent)
        }
    }

    private func render(
        _ record: SetupToken, token: String, form: FormFields, errors: FieldErrors, request: Request, context: AppContext,
        status: HTTPResponse.Status
    ) -> Response {
        let t = services.translations.localizer(for: context.language)
        let error = { (field: String) in errors.message(for: field).map { t($0) } }
        var fields: [FieldModel] = []
        if record.purpose == .firstAdministrator {
            fields.append(
                FieldModel(
                    id: "name", name: "name", label: t("field_name"), value: form.trimmed("name"),
                    autocomplete: "name", error: error("name")))
            fields.append(
                FieldModel(
                    id: "email", name: "email", label: t("field_email"), type: "email",
                    value: form.trimmed("email"), autocomplete: "username", error: error("email")))
        }
        fields.append(
            FieldModel(
                id: "password", name: "password", label: t("field_new_password"), type: "password",
                autocomplete: "new-password", hint: t("field_password_hint"), error: error("password")))
        fields.append(
            FieldModel(
                id: "confirm", name: "confirm", label: t("field_confirm_password"), type: "password",
                autocomplete: "new-password", error: error("confirm")))
        let isFirst = record.purpose == .firstAdministrator
        var page = FormPage(
            title: t(isFirst ? "setup_title" : "invite_title"),
            intro: isFirst ? t("setup_intro") : t("invite_intro", ["name": record.user?.displayName ?? ""]),
            action: SiteRoute.setup(token: .value(token)).path(context.language),
            csrf: context.csrf.token(), fields: fields, submit: t(isFirst ? "setup_submit" : "invite_submit"))
        page.errorSummary = ErrorSummary(errors, fields: fields, t: t)
        return services.views.render(
            "form-page", title: page.title, page: page, request: request, context: context,
            services: services, status: status)
    }
}
