import Foundation
import Hummingbird
import Localization
import Photos
import TogetherStore

/// Administrators set up chapters; every space serves its chapter's colours and logo.
struct ChaptersController {
    let services: AppServices

    func register(_ routes: RouteRegistrar) {
        routes.on(.staffChapters, use: list)
        routes.on(.staffChapterCreate, .post, use: create)
        routes.on(.staffChapter(id: .key), use: show)
        routes.on(.staffChapter(id: .key), .post, use: save)
        routes.on(.staffChapterLogo(id: .key), .post, use: logo)
        routes.on(.chapterStylesheet, use: stylesheet)
        routes.on(.chapterLogo, use: logoImage)
    }

    private var desk: ChapterDesk { ChapterDesk(services: services) }
    private var siteLanguageCodes: [String] { services.translations.languages.map(\.code) }

    @Sendable func list(_ request: Request, context: AppContext) async throws -> Response {
        try await renderList(form: nil, errors: FieldErrors(), request: request, context: context)
    }

    @Sendable func create(_ request: Request, context: AppContext) async throws -> Response {
        let form = context.form ?? FormFields()
        var (settings, errors) = ChapterSettings.read(form, siteLanguages: siteLanguageCodes)
        if let settings {
            switch try await desk.create(settings) {
            case .success(let id):
                try await services.audit(ChapterDesk.AuditAction.create, by: context)
                return .redirect(to: SiteRoute.staffChapter(id: .value(id)).path(context.language), type: .found)
            case .failure(let conflict):
                errors.add(conflict.field, conflict.messageKey)
            }
        }
        return try await renderList(form: form, errors: errors, request: request, context: context, status: .unprocessableContent)
    }

    @Sendable func show(_ request: Request, context: AppContext) async throws -> Response {
        let chapter = try await record(context)
        let notice = request.uri.queryParameters.get("done") == "saved" ? "chapter_saved" : nil
        return try render(chapter, form: nil, errors: FieldErrors(), logoError: nil, notice: notice, request: request, context: context)
    }

    @Sendable func save(_ request: Request, context: AppContext) async throws -> Response {
        let chapter = try await record(context)
        let form = context.form ?? FormFields()
        var (settings, errors) = ChapterSettings.read(form, siteLanguages: siteLanguageCodes)
        if let settings {
            switch try await desk.update(chapter, with: settings) {
            case .success(let id):
                try await services.audit(ChapterDesk.AuditAction.update, by: context)
                return .redirect(to: SiteRoute.staffChapter(id: .value(id)).path(context.language) + "?done=saved", type: .found)
            case .failure(let conflict):
                errors.add(conflict.field, conflict.messageKey)
            }
        }
        return try render(
            chapter, form: form, errors: errors, logoError: nil, notice: nil, request: request, context: context,
            status: .unprocessableContent)
    }

    @Sendable func logo(_ request: Request, context: AppContext) async throws -> Response {
        let chapter = try await record(context)
        let t = services.translations.localizer(for: context.language)
        do {
            if context.form?["action"] == "remove" {
                try await desk.setLogo(nil, of: chapter)
            } else {
                try await desk.setLogo(context.upload ?? [], of: chapter)
            }
        } catch let error as PhotoError {
            return try render(
                chapter, form: nil, errors: FieldErrors(), logoError: t(MyStoryController.photoErrorKey(error)), notice: nil,
                request: request, context: context, status: .unprocessableContent)
        }
        try await services.audit(ChapterDesk.AuditAction.update, by: context)
        return .redirect(
            to: SiteRoute.staffChapter(id: .value(try chapter.requireID())).path(context.language) + "?done=saved", type: .found)
    }

    /// The chapter's colours over the platform's stylesheet; light scheme only, as the dark
    /// scheme's colours are chosen for contrast on dark backgrounds.
    @Sendable func stylesheet(_ request: Request, context: AppContext) async throws -> Response {
        guard let chapter = context.chapter else { throw HTTPError(.notFound) }
        let css = ChapterStylesheet.css(for: chapter)
        return Response(
            status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=31536000, immutable"],
            body: .init(byteBuffer: ByteBuffer(string: css)))
    }

    @Sendable func logoImage(_ request: Request, context: AppContext) async throws -> Response {
        guard let chapter = context.chapter, let record = try await ChapterRecord.find(chapter.id, on: services.store.database),
            let logo = record.logo
        else { throw HTTPError(.notFound) }
        return Response(
            status: .ok, headers: [.contentType: record.logoType, .cacheControl: "public, max-age=31536000, immutable"],
            body: .init(byteBuffer: ByteBuffer(bytes: logo)))
    }

    private func record(_ context: AppContext) async throws -> ChapterRecord {
        guard let id = context.parameters.get("id", as: UUID.self), let record = try await desk.record(id) else {
            throw HTTPError(.notFound)
        }
        return record
    }

    private func renderList(
        form: FormFields?, errors: FieldErrors, request: Request, context: AppContext, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let page = ChaptersPage(
            chapters: try await desk.records(), form: form, errors: errors, siteLanguages: services.translations.languages,
            csrf: context.csrf.token(), language: context.language, t: services.translations.localizer(for: context.language))
        return services.views.render(
            "chapters", title: page.title, page: page, request: request, context: context, services: services, status: status)
    }

    private func render(
        _ chapter: ChapterRecord, form: FormFields?, errors: FieldErrors, logoError: String?, notice: String?, request: Request,
        context: AppContext, status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let t = services.translations.localizer(for: context.language)
        let page = try ChapterPage(
            chapter: chapter, form: form, errors: errors, logoError: logoError, siteLanguages: services.translations.languages,
            csrf: context.csrf.token(), language: context.language, t: t)
        return services.views.render(
            "chapter", title: page.title, page: page, request: request, context: context, services: services, status: status,
            notice: notice.map { t($0) })
    }
}
