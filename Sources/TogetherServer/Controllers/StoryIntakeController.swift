import Foundation
import Hummingbird
import Localization
import Stories

/// "Tell your story": the form, and the receipt shown once after it is sent. Facilitators use the
/// same form on their own address to submit for someone else, recording how and when that person consented.
struct StoryIntakeController {
    let services: AppServices

    func register(_ routes: RouteRegistrar) {
        routes.on(.storyNew, use: { try await show($0, $1, forSomeone: false) })
        routes.on(.storyNew, .post, use: { try await submit($0, $1, forSomeone: false) })
        // The route's access rule lets only staff reach these two.
        routes.on(.storyNewForSomeone, use: { try await show($0, $1, forSomeone: true) })
        routes.on(.storyNewForSomeone, .post, use: { try await submit($0, $1, forSomeone: true) })
    }

    func show(_ request: Request, _ context: AppContext, forSomeone: Bool) async throws -> Response {
        // A facilitator usually records consent the day it is given: today is filled in.
        let form = forSomeone ? FormFields(["consentGivenAt": StoryForm.day(services.now())]) : FormFields()
        return render(form, errors: FieldErrors(), forSomeone: forSomeone, request: request, context: context, status: .ok)
    }

    func submit(_ request: Request, _ context: AppContext, forSomeone: Bool) async throws -> Response {
        let form = context.form ?? FormFields()
        let (submission, untilIsValid) = StoryForm.submission(form)
        var problems: [SubmissionProblem] = []
        var story: ValidStory?
        do throws(SubmissionError) { story = try submission.validated(now: services.now()) } catch { problems = error.problems }
        if !untilIsValid { problems.append(.init("until", .consentEndsInPast)) }
        var onBehalf: FacilitatedConsent?
        if forSomeone, let user = context.user {
            do throws(SubmissionError) {
                let facilitation = try StoryForm.facilitation(form, now: services.now())
                onBehalf = FacilitatedConsent(userID: user.id, name: user.displayName, facilitation: facilitation)
            } catch { problems += error.problems }
        }
        guard problems.isEmpty, let story else {
            return render(
                form, errors: StoryForm.errors(problems), forSomeone: forSomeone, request: request, context: context,
                status: .unprocessableContent)
        }
        let t = services.translations.localizer(for: context.language)
        let key = form["submission"].flatMap(UUID.init(uuidString:))?.uuidString
        let receipt: ReceiptCode
        do {
            receipt = try await services.stories.submit(story, submissionKey: key, onBehalf: onBehalf).receipt
        } catch StoryDeskError.duplicateSubmission {
            let page = ErrorPage.Model(
                title: t("story_duplicate_title"), text: t("story_duplicate_text"), linkURL: SiteRoute.myStory.path(context.language),
                linkLabel: t("receipt_manage"))
            return services.views.render(
                "message", title: page.title, page: page, request: request, context: context, services: services, status: .conflict)
        }
        var page = ReceiptPage(
            title: t("receipt_title"), intro: t(forSomeone ? "receipt_intro_for_someone" : "receipt_intro"), code: receipt.description,
            manageURL: SiteRoute.myStory.path(context.language))
        // Only the teller describes themself: a facilitator sending for someone is not asked.
        if !forSomeone { page.describeFields = StoryForm.selfDescriptionFields(gender: "", originRegion: "", t: t) }
        page.describeURL = SiteRoute.myStoryDescribe.path(context.language)
        page.csrf = context.csrf.token()
        var response = services.views.render(
            "receipt", title: page.title, page: page, request: request, context: context, services: services)
        // The code is shown once: no browser or proxy may keep a copy of this page.
        response.headers[.cacheControl] = "no-store"
        return response
    }

    private func render(
        _ form: FormFields, errors: FieldErrors, forSomeone: Bool, request: Request, context: AppContext, status: HTTPResponse.Status
    ) -> Response {
        let t = services.translations.localizer(for: context.language)
        var fields = StoryForm.fields(form, errors: errors, language: context.language, t: t)
        if forSomeone { fields = StoryForm.facilitationFields(form, errors: errors, t: t) + fields }
        let route: SiteRoute = forSomeone ? .storyNewForSomeone : .storyNew
        var page = FormPage(
            title: t(forSomeone ? "story_for_someone_title" : "story_new_title"),
            intro: t(forSomeone ? "story_for_someone_intro" : "story_new_intro"), action: route.path(context.language),
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
