import Hummingbird

/// The page for a failed request, with a plain explanation and a way on.
struct ErrorPage {
    let status: HTTPResponse.Status
    var messageKey: String?

    struct Model {
        let title: String
        let text: String
        let linkURL: String
        let linkLabel: String
    }

    func render(request: Request, context: AppContext, services: AppServices) -> Response {
        let t = services.translations.localizer(for: context.language)
        let key = Self.key(for: status)
        let model = Model(
            title: t("\(key)_title"),
            text: t(messageKey ?? "\(key)_text"),
            linkURL: SiteRoute.home.path(context.language),
            linkLabel: t("error_link_home")
        )
        return services.views.render(
            "message", title: model.title, page: model, request: request, context: context, services: services, status: status)
    }

    static func key(for status: HTTPResponse.Status) -> String {
        switch status.code {
        case 400: return "error_400"
        case 401, 403: return "error_403"
        case 404, 405: return "error_404"
        case 410: return "error_410"
        case 413: return "error_413"
        case 415: return "error_400"
        case 429: return "error_429"
        default: return "error_500"
        }
    }
}
