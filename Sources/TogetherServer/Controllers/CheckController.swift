import Foundation
import Hummingbird
import Localization
import NIOCore
import NarrativeChecker

/// "Check a message": the narrative checker as a page that works as a plain form, and as `POST /api/check`.
struct CheckController {
    let services: AppServices

    func register(_ routes: RouteRegistrar) {
        routes.on(.check, use: show)
        routes.on(.check, .post, use: submit)
        routes.on(.apiCheck, .post, use: api)
    }

    /// A message, not a book: the same limit for the page and the API.
    static let maximumCharacters = 20_000

    @Sendable func show(_ request: Request, context: AppContext) async throws -> Response {
        render(CheckPage.Input(), report: nil, request: request, context: context)
    }

    @Sendable func submit(_ request: Request, context: AppContext) async throws -> Response {
        let form = context.form ?? FormFields()
        let input = CheckPage.Input(
            text: form["text"] ?? "", language: form["language"] ?? "auto", medium: form["medium"] ?? Medium.post.rawValue)
        let text = input.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty, text.count <= Self.maximumCharacters else {
            return render(
                input, report: nil, problem: text.isEmpty ? "check_error_empty" : "check_error_long", request: request, context: context,
                status: .unprocessableContent)
        }
        let options = Checker.Options(
            language: services.checker.languages.contains(input.language) ? input.language : nil,
            medium: Medium(rawValue: input.medium) ?? .post, readerLanguage: context.language.code)
        return render(input, report: services.checker.check(input.text, options: options), request: request, context: context)
    }

    @Sendable func api(_ request: Request, context: AppContext) async throws -> Response {
        struct Body: Decodable {
            var text: String
            var language: String?
            var audienceLanguage: String?
            var medium: String?
            var readerLanguage: String?
        }
        let body = try await JSONBody.decode(Body.self, from: request, limit: 256 * 1024)
        guard !body.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw StoryAPIError.invalid([.init("text", .required)])
        }
        guard body.text.count <= Self.maximumCharacters else { throw StoryAPIError.invalid([.init("text", .tooLong)]) }
        if let language = body.language, language != "auto", !services.checker.languages.contains(language) {
            throw StoryAPIError.invalid([.init("language", .unknownLanguage)])
        }
        var medium = Medium.post
        if let name = body.medium {
            guard let parsed = Medium(rawValue: name) else {
                throw StoryAPIError.badParameter("'medium' must be post, poster, script, article or headline.")
            }
            medium = parsed
        }
        let options = Checker.Options(
            language: body.language == "auto" ? nil : body.language, audienceLanguage: body.audienceLanguage, medium: medium,
            readerLanguage: body.readerLanguage ?? "en")
        let report = services.checker.check(body.text, options: options)
        return JSONBody.response(bytes: ByteBuffer(bytes: report.jsonBytes()))
    }

    private func render(
        _ input: CheckPage.Input, report: Report?, problem: String? = nil, request: Request, context: AppContext,
        status: HTTPResponse.Status = .ok
    ) -> Response {
        let t = services.translations.localizer(for: context.language)
        let page = CheckPage(
            input: input, report: report, problem: problem.map { t($0) }, languages: services.checker.languages,
            action: SiteRoute.check.path(context.language), csrf: context.csrf.token(), language: context.language, t: t)
        return services.views.render(
            "check", title: page.title, page: page, request: request, context: context, services: services, status: status)
    }
}
