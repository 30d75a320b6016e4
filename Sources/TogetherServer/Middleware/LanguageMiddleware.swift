import Hummingbird
import Localization

/// Reads the language from the URL prefix (`/ar/...`) and remembers it in a cookie, so the bare
/// address `/` brings a returning reader back to their language.
struct LanguageMiddleware: RouterMiddleware {
    typealias Context = AppContext

    let translations: Translations
    let cookies: CookieSettings

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        let prefix = request.uri.path.split(separator: "/", maxSplits: 1).first
        let fromPath = prefix.flatMap { translations.language(code: $0) }
        // The bare address follows the reader's preference; an unknown prefix gets the default
        // language, so its 404 page is readable by the most people.
        context.language = fromPath ?? (request.uri.path == "/" ? preferred(request) : translations.defaultLanguage)
        var response = try await next(request, context)
        if let fromPath, request.cookies[cookies.language]?.value != fromPath.code, response.status.code < 400 {
            response.setCookie(cookies.make(cookies.language, value: fromPath.code, maxAge: 365 * 24 * 3600))
        }
        return response
    }

    /// Cookie first (an explicit choice), then the browser's Accept-Language, then the default.
    func preferred(_ request: Request) -> Language {
        if let code = request.cookies[cookies.language]?.value, let language = translations.language(code: code) {
            return language
        }
        if let header = request.headers[.acceptLanguage],
            let match = LanguageNegotiation.bestMatch(acceptLanguage: header, supported: translations.languages)
        {
            return match
        }
        return translations.defaultLanguage
    }
}
