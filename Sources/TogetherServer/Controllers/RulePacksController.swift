import FluentKit
import Foundation
import Hummingbird
import Localization
import TogetherStore

/// Administrators add, replace and remove partners' rule packs for the checker, as YAML, without
/// recompiling; a broken pack is refused with its line, and the rules in use stay as they were.
struct RulePacksController {
    let services: AppServices

    var library: RulePackLibrary { RulePackLibrary(services: services) }

    func register(_ routes: RouteRegistrar) {
        routes.on(.rulePacks, use: show)
        routes.on(.rulePacks, .post, use: upload)
        routes.on(.rulePackRemove(id: .key), .post, use: remove)
    }

    @Sendable func show(_ request: Request, context: AppContext) async throws -> Response {
        try await render(FormFields(), problem: nil, request: request, context: context)
    }

    @Sendable func upload(_ request: Request, context: AppContext) async throws -> Response {
        guard let user = context.user else { throw HTTPError(.forbidden) }
        let form = context.form ?? FormFields()
        let t = services.translations.localizer(for: context.language)
        do {
            _ = try await library.upload(name: form.trimmed("name"), yaml: form["yaml"] ?? "", by: user.id)
        } catch RulePackLibrary.UploadError.badName {
            return try await render(form, problem: t("packs_error_name"), request: request, context: context, status: .unprocessableContent)
        } catch RulePackLibrary.UploadError.nameTaken {
            return try await render(
                form, problem: t("packs_error_name_taken"), request: request, context: context, status: .unprocessableContent)
        } catch RulePackLibrary.UploadError.invalid(let error) {
            return try await render(
                form, problem: t("packs_error_invalid", ["problem": error.description]), request: request, context: context,
                status: .unprocessableContent)
        } catch RulePackLibrary.UploadError.failingExamples(let failures) {
            let problem = failures.map(\.description).joined(separator: " · ")
            return try await render(
                form, problem: t("packs_error_invalid", ["problem": problem]), request: request, context: context,
                status: .unprocessableContent)
        }
        try await services.stories.audit(
            action: "upload-pack", story: nil, by: .staff(user),
            on: services.store.database)
        return .redirect(to: SiteRoute.rulePacks.path(context.language), type: .normal)
    }

    @Sendable func remove(_ request: Request, context: AppContext) async throws -> Response {
        guard let user = context.user, let id = context.parameters.get("id").flatMap(UUID.init(uuidString:)) else {
            throw HTTPError(.notFound)
        }
        try await library.remove(id)
        try await services.stories.audit(
            action: "remove-pack", story: nil, by: .staff(user),
            on: services.store.database)
        return .redirect(to: SiteRoute.rulePacks.path(context.language), type: .normal)
    }

    private func render(
        _ form: FormFields, problem: String?, request: Request, context: AppContext, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = services.translations.localizer(for: context.language)
        let records = try await library.all()
        var problems: [UUID: String] = [:]
        for record in records { if let id = record.id, let found = library.problem(of: record) { problems[id] = found } }
        let page = RulePacksPage(
            records: records, problems: problems, form: form, problem: problem, csrf: context.csrf.token(), language: context.language,
            t: t)
        return services.views.render(
            "rule-packs", title: page.title, page: page, request: request, context: context, services: services, status: status)
    }
}
