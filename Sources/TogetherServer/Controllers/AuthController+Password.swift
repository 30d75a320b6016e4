import Hummingbird

extension AuthController {
    @Sendable func showPassword(_ request: Request, context: AppContext) async throws -> Response {
        renderPassword(errors: FieldErrors(), request: request, context: context, status: .ok)
    }

    @Sendable func changePassword(_ request: Request, context: AppContext) async throws -> Response {
        guard let user = context.user else { throw HTTPError(.forbidden) }
        let form = context.form ?? FormFields()
        do {
            try await services.accounts.changePassword(
                userID: user.id, current: form["current"] ?? "", new: form["password"] ?? "", confirmation: form["confirm"] ?? "")
            try await services.accounts.endOtherSessions(userID: user.id, keeping: user.sessionID)
        } catch let error as AccountError {
            var errors = FieldErrors()
            errors.add(error.field, error.messageKey)
            return renderPassword(errors: errors, request: request, context: context, status: .unprocessableContent)
        }
        return .redirect(to: Notice.passwordChanged.appended(to: SiteRoute.dashboard.path(context.language)), type: .normal)
    }

    private func renderPassword(errors: FieldErrors, request: Request, context: AppContext, status: HTTPResponse.Status) -> Response {
        let t = services.translations.localizer(for: context.language)
        let error = { (field: String) in errors.message(for: field).map { t($0) } }
        let fields = [
            FieldModel(
                id: "current", name: "current", label: t("field_current_password"), type: "password",
                autocomplete: "current-password", error: error("current")),
            FieldModel(
                id: "password", name: "password", label: t("field_new_password"), type: "password",
                autocomplete: "new-password", hint: t("field_password_hint"), error: error("password")),
            FieldModel(
                id: "confirm", name: "confirm", label: t("field_confirm_password"), type: "password",
                autocomplete: "new-password", error: error("confirm")),
        ]
        var page = FormPage(
            title: t("password_title"), intro: t("password_intro"), action: SiteRoute.password.path(context.language),
            csrf: context.csrf.token(), fields: fields, submit: t("password_submit"))
        page.errorSummary = ErrorSummary(errors, fields: fields, t: t)
        return services.views.render(
            "form-page", title: page.title, page: page, request: request, context: context,
            services: services, status: status)
    }
}
