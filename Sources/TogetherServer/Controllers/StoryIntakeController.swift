import Foundation
import Hummingbird
import Localization
import Stories

/// "Tell your story": the form, and the receipt shown once after it is sent.
struct StoryIntakeController {
    let services: AppServices

    func register(_ routes: RouteRegistrar) {
        routes.on(.storyNew, use: show)
        routes.on(.storyNew, .post, use: submit)
    }

    @Sendable func show(_ request: Request, context: AppContext) async throws -> Response {
        render(FormFields(), errors: FieldErrors(), request: request, context: context, status: .ok)
    }

    @Sendable func submit(_ request: Request, context: AppContext) async throws -> Response {
        let form = context.form ?? FormFields()
        let (submission, untilIsValid) = StoryForm.submission(form)
        let story: ValidStory
        do throws(SubmissionError) {
            story = try submission.validated(now: services.now())
            guard untilIsValid else { throw SubmissionError(problems: [.init("until", .consentEndsInPast)]) }
        } catch {
            return render(form, errors: StoryForm.errors(error.problems), request: request, context: context, status: .unprocessableContent)
        }
        let t = services.translations.localizer(for: context.language)
        let key = form["submission"].flatMap(UUID.init(uuidString:))?.uuidString
        let receipt: ReceiptCode
        do {
            receipt = try await services.stories.submit(story, submissionKey: key).receipt
        } catch StoryDeskError.duplicateSubmission {
            let page = ErrorPage.Model(
                title: t("story_duplicate_title"), text: t("story_duplicate_text"), linkURL: SiteRoute.myStory.path(context.language),
                linkLabel: t("receipt_manage"))
            return services.views.render(
                "message", title: page.title, page: page, request: request, context: context, services: services, status: .conflict)
        }
        let page = ReceiptPage(title: t("receipt_title"), code: receipt.description, manageURL: SiteRoute.myStory.path(context.language))
        var response = services.views.render(
            "receipt", title: page.title, page: page, request: request, context: context, services: services)
        // The code is shown once: no browser or proxy may keep a copy of this page.
        response.headers[.cacheControl] = "no-store"
        return response
    }

    private func render(_ form: FormFields, errors: FieldErrors, request: Request, context: AppContext, status: HTTPResponse.Status)
        -> Response
    {
        let t = services.translations.localizer(for: context.language)
        let fields = StoryForm.fields(form, errors: errors, language: context.language, t: t)
        var page = FormPage(
            title: t("story_new_title"), intro: t("story_new_intro"), action: SiteRoute.storyNew.path(context.language),
            csrf: context.csrf.token(), fields: fields, submit: t("story_new_submit"))
        // One key per filled-in form: sending it twice makes one story.
        page.hidden = [
            .init(name: "submission", value: form["submission"].flatMap(UUID.init(uuidString:))?.uuidString ?? UUID().uuidString)
        ]
        page.errorSummary = ErrorSummary(errors, fields: fields, t: t)
        return services.views.render(
            "form-page", title: page.title, page: page, request: request, context: context, services: services, status: status)
    }
}
