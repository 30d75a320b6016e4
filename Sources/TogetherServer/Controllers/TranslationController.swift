import Foundation
import Hummingbird
import Localization
import Stories
import TogetherStore

/// Adding a translation of a published story whose teller allowed it. The translation then goes
/// through review and the teller's approval like any story.
struct TranslationController {
    let services: AppServices

    func register(_ routes: RouteRegistrar) {
        routes.on(.storyTranslate(id: .key), use: show)
        routes.on(.storyTranslate(id: .key), .post, use: submit)
    }

    @Sendable func show(_ request: Request, context: AppContext) async throws -> Response {
        let (source, original) = try await translatable(context)
        return try await render(source, original, FormFields(), errors: FieldErrors(), request: request, context: context, status: .ok)
    }

    @Sendable func submit(_ request: Request, context: AppContext) async throws -> Response {
        let (source, original) = try await translatable(context)
        guard let user = context.user else { throw HTTPError(.forbidden) }
        let form = context.form ?? FormFields()
        let t = services.translations.localizer(for: context.language)
        let id: UUID
        do {
            id = try await services.stories.translate(
                source, .init(language: form.trimmed("language"), title: form["title"] ?? "", body: form["body"] ?? ""),
                by: .staff(user))
        } catch let error as SubmissionError {
            return try await render(
                source, original, form, errors: StoryForm.errors(error.problems), request: request, context: context,
                status: .unprocessableContent)
        } catch StoryDeskError.translationExists {
            var errors = FieldErrors()
            errors.add("language", "translate_error_exists")
            return try await render(source, original, form, errors: errors, request: request, context: context, status: .conflict)
        }
        let review = SiteRoute.reviewStory(id: .value(id))
        let page = ErrorPage.Model(
            title: t("translate_done_title"), text: t("translate_done_text"),
            linkURL: review.access.allows(user.role) ? review.path(context.language) : SiteRoute.dashboard.path(context.language),
            linkLabel: t(review.access.allows(user.role) ? "translate_done_review" : "dashboard_title"))
        return services.views.render("message", title: page.title, page: page, request: request, context: context, services: services)
    }

    /// The original, if it can be translated now; otherwise the page does not exist for this story.
    private func translatable(_ context: AppContext) async throws -> (StoryRecord, PublishedStory) {
        guard let id = context.parameters.get("id").flatMap(UUID.init(uuidString:)), let record = try await services.stories.story(id: id),
            record.translationOf == nil, case .found(let story) = try await services.stories.published(id: id),
            story.consent.allows(.translate, at: services.now())
        else { throw HTTPError(.notFound) }
        return (record, story)
    }

    private func render(
        _ source: StoryRecord, _ original: PublishedStory, _ form: FormFields, errors: FieldErrors, request: Request,
        context: AppContext, status: HTTPResponse.Status
    ) async throws -> Response {
        let t = services.translations.localizer(for: context.language)
        let taken = Set([source.language] + (try await services.stories.translationRecords(of: try source.requireID())).map(\.language))
        let chosen = form["language"] ?? ""
        func error(_ field: String) -> String? { errors.message(for: field).map { t($0) } }
        var language = FieldModel(id: "language", name: "language", label: t("translate_field_language"), error: error("language"))
        language.kind = .select
        language.options =
            [.init(value: "", label: t("story_choose"), selected: chosen.isEmpty)]
            + PlaceNames.storyLanguageCodes.filter { !taken.contains($0) }.map {
                .init(value: $0, label: PlaceNames.languageName($0, in: context.language), selected: $0 == chosen)
            }
        var body = FieldModel(id: "body", name: "body", label: t("story_field_body"), value: form["body"], error: error("body"))
        body.kind = .textarea
        let fields = [
            language,
            FieldModel(
                id: "title", name: "title", label: t("story_field_title"), value: form["title"], autocomplete: "off", error: error("title")),
            body,
        ]
        let card = StoryCard(original, language: context.language, t: t)
        var page = FormPage(
            title: t("translate_title"), intro: t("translate_intro"),
            action: SiteRoute.storyTranslate(id: .value(original.id)).path(context.language), csrf: context.csrf.token(), fields: fields,
            submit: t("translate_submit"))
        page.reference = .init(
            heading: t("translate_original"), title: card.title, paragraphs: card.paragraphs, lang: card.lang, dir: card.dir)
        page.errorSummary = ErrorSummary(errors, fields: fields, t: t)
        return services.views.render(
            "form-page", title: page.title, page: page, request: request, context: context, services: services, status: status)
    }
}
