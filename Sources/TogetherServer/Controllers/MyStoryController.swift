import Foundation
import Hummingbird
import Localization
import Photos
import Stories
import TogetherStore

/// A teller's own page, opened with the receipt code alone: no account, no e-mail.
/// The code travels in form posts only, never in an address, so it stays out of history and logs.
struct MyStoryController {
    let services: AppServices

    func register(_ routes: RouteRegistrar) {
        routes.on(.myStory, use: askForCode)
        routes.on(.myStory, .post, use: open)
        routes.on(.myStoryApprove, .post, use: approve)
        routes.on(.myStoryRequestChanges, .post, use: requestChanges)
        routes.on(.myStoryWithdraw, .post, use: withdraw)
        routes.on(.myStoryConsent, .post, use: changeConsent)
        routes.on(.myStoryDescribe, .post, use: describe)
        routes.on(.myStoryPhoto, .post, use: photo)
    }

    /// Adds, replaces or removes the story's photo from the teller's page (a multipart form).
    @Sendable func photo(_ request: Request, context: AppContext) async throws -> Response {
        try await withStory(request, context) { record, code in
            let form = context.form ?? FormFields()
            let t = services.translations.localizer(for: context.language)
            if form["action"] == "remove" {
                try await services.stories.removePhoto(of: record, by: .teller)
                return try await show(record, code: code, request: request, context: context)
            }
            guard let bytes = context.upload else {
                return try await show(record, code: code, request: request, context: context, photoError: t("mystory_photo_error_missing"))
            }
            guard let face = form["showsFace"], face == "true" || face == "false" else {
                return try await show(record, code: code, request: request, context: context, photoError: t("mystory_photo_error_face"))
            }
            do {
                _ = try await services.stories.attachPhoto(bytes, showsFace: face == "true", to: record, by: .teller)
            } catch let error as PhotoError {
                return try await show(
                    record, code: code, request: request, context: context, photoError: t(Self.photoErrorKey(error)),
                    status: .unprocessableContent)
            }
            return try await show(record, code: code, request: request, context: context)
        }
    }

    static func photoErrorKey(_ error: PhotoError) -> String {
        switch error {
        case .empty: return "mystory_photo_error_missing"
        case .tooLarge: return "mystory_photo_error_large"
        case .unsupportedType: return "mystory_photo_error_type"
        case .malformed: return "mystory_photo_error_damaged"
        }
    }

    @Sendable func askForCode(_ request: Request, context: AppContext) async throws -> Response {
        codeForm(error: nil, request: request, context: context, status: .ok)
    }

    @Sendable func open(_ request: Request, context: AppContext) async throws -> Response {
        try await withStory(request, context) { record, code in
            try await show(record, code: code, request: request, context: context)
        }
    }

    @Sendable func approve(_ request: Request, context: AppContext) async throws -> Response {
        try await withStory(request, context) { record, code in
            let version = Int(context.form?.trimmed("version") ?? "") ?? 0
            if let target = try await target(of: record, context) {
                try? await services.stories.apply(.approve(version: version), to: target, by: .teller)
            }
            return try await show(record, code: code, request: request, context: context)
        }
    }

    @Sendable func requestChanges(_ request: Request, context: AppContext) async throws -> Response {
        try await withStory(request, context) { record, code in
            let message = context.form?.trimmed("message") ?? ""
            let t = services.translations.localizer(for: context.language)
            guard !message.isEmpty, message.count <= 5000 else {
                return try await show(record, code: code, request: request, context: context, messageError: t("mystory_changes_empty"))
            }
            if let target = try await target(of: record, context) {
                try? await services.stories.apply(.requestChanges, to: target, by: .teller, note: message)
            }
            return try await show(record, code: code, request: request, context: context)
        }
    }

    @Sendable func changeConsent(_ request: Request, context: AppContext) async throws -> Response {
        try await withStory(request, context) { record, code in
            let form = context.form ?? FormFields()
            let untilText = form.trimmed("until")
            let until = untilText.isEmpty ? nil : Consent.end(ofDay: untilText)
            let t = services.translations.localizer(for: context.language)
            if !untilText.isEmpty, until.map({ $0 <= services.now() }) ?? true {
                return try await show(
                    record, code: code, request: request, context: context, consentError: t("story_error_consentEndsInPast"))
            }
            var consent = Consent()
            for scope in form.all("consent").compactMap(ConsentScope.init(rawValue:)) { consent.grant(scope, until: until) }
            try await services.stories.changeConsent(of: record, to: consent)
            return try await show(record, code: code, request: request, context: context)
        }
    }

    /// The two optional self-descriptions, counted only in aggregates; empty means not saying.
    @Sendable func describe(_ request: Request, context: AppContext) async throws -> Response {
        try await withStory(request, context) { record, code in
            let form = context.form ?? FormFields()
            let gender = form.trimmed("gender")
            let origin = form.trimmed("originRegion")
            guard gender.isEmpty || Gender(rawValue: gender) != nil, origin.isEmpty || OriginRegion(rawValue: origin) != nil else {
                return try await show(record, code: code, request: request, context: context, status: .unprocessableContent)
            }
            try await services.stories.describe(record, gender: gender, originRegion: origin)
            return try await show(record, code: code, request: request, context: context)
        }
    }

    @Sendable func withdraw(_ request: Request, context: AppContext) async throws -> Response {
        try await withStory(request, context) { record, code in
            guard context.form?["confirm"] == "yes" else { return try await show(record, code: code, request: request, context: context) }
            try await services.stories.withdraw(record)
            let t = services.translations.localizer(for: context.language)
            let page = ErrorPage.Model(
                title: t("mystory_withdrawn_title"), text: t("mystory_withdrawn_text"), linkURL: SiteRoute.home.path(context.language),
                linkLabel: t("error_link_home"))
            return services.views.render("message", title: page.title, page: page, request: request, context: context, services: services)
        }
    }

    /// What a step is about: the teller's story, or one of its translations named in the form.
    private func target(of record: StoryRecord, _ context: AppContext) async throws -> StoryRecord? {
        guard let text = context.form?["translation"], !text.isEmpty else { return record }
        guard let id = UUID(uuidString: text) else { return nil }
        return try await services.stories.translation(id, of: record)
    }

    /// Opens the story the posted code belongs to; a wrong code gets the same answer as a malformed one.
    private func withStory(
        _ request: Request, _ context: AppContext, _ body: (StoryRecord, ReceiptCode) async throws -> Response
    ) async throws -> Response {
        guard let code = ReceiptCode(typed: context.form?["code"] ?? ""), let record = try await services.stories.story(receipt: code)
        else {
            return codeForm(error: "mystory_code_unknown", request: request, context: context, status: .unprocessableContent)
        }
        return try await body(record, code)
    }

    private func show(
        _ record: StoryRecord, code: ReceiptCode, request: Request, context: AppContext, messageError: String? = nil,
        consentError: String? = nil, photoError: String? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        guard let version = try await services.stories.version(record.currentVersion, of: record) else { throw HTTPError(.notFound) }
        let t = services.translations.localizer(for: context.language)
        var page = MyStoryPage(
            record: record, version: version, consent: try await services.stories.consent(of: record), code: code.description,
            csrf: context.csrf.token(), language: context.language, t: t, now: services.now(), messageError: messageError,
            consentError: consentError)
        page.photoURL = SiteRoute.myStoryPhoto.path(context.language)
        page.describeFields = StoryForm.selfDescriptionFields(gender: record.gender, originRegion: record.originRegion, t: t)
        page.describeURL = SiteRoute.myStoryDescribe.path(context.language)
        page.photoError = photoError
        if let photo = try await services.stories.photo(of: record) {
            page.photoNote = t(photo.showsFace ? "mystory_photo_has_face" : "mystory_photo_has_no_face")
        }
        for translation in try await services.stories.translationRecords(of: try record.requireID()) {
            guard let words = try await services.stories.version(translation.currentVersion, of: translation) else { continue }
            page.translations.append(.init(translation, version: words, language: context.language, t: t))
        }
        var response = services.views.render(
            "my-story", title: page.title, page: page, request: request, context: context, services: services, status: status)
        response.headers[.cacheControl] = "no-store"
        return response
    }

    private func codeForm(error: String?, request: Request, context: AppContext, status: HTTPResponse.Status) -> Response {
        let t = services.translations.localizer(for: context.language)
        var errors = FieldErrors()
        if let error { errors.add("code", error) }
        let fields = [
            FieldModel(
                id: "code", name: "code", label: t("mystory_code_label"), autocomplete: "off", hint: t("mystory_code_hint"),
                error: errors.message(for: "code").map { t($0) })
        ]
        var page = FormPage(
            title: t("mystory_title"), intro: t("mystory_intro"), action: SiteRoute.myStory.path(context.language),
            csrf: context.csrf.token(),
            fields: fields, submit: t("mystory_open"))
        page.errorSummary = ErrorSummary(errors, fields: fields, t: t)
        return services.views.render(
            "form-page", title: page.title, page: page, request: request, context: context, services: services, status: status)
    }
}
