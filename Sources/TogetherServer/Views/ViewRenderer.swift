import Hummingbird
import Localization
import Mustache

/// Turns a page model into an HTML response inside the site layout.
struct ViewRenderer: Sendable {
    let library: MustacheLibrary
    let translations: Translations

    struct Envelope {
        let chrome: Chrome
        let page: Any
        let t: TextLookup
    }

    func render(
        _ template: String, title: String, page: Any, request: Request, context: AppContext, services: AppServices,
        status: HTTPResponse.Status = .ok, notice: String? = nil
    ) -> Response {
        Response.html(
            html(template, title: title, page: page, request: request, context: context, services: services, notice: notice),
            status: status)
    }

    func html(
        _ template: String, title: String, page: Any, request: Request, context: AppContext, services: AppServices, notice: String? = nil
    ) -> String {
        let envelope = Envelope(
            chrome: Chrome(title: title, request: request, context: context, services: services, notice: notice),
            page: page,
            t: TextLookup(localizer: translations.localizer(for: context.language))
        )
        return library.render(envelope, withTemplate: template) ?? ""
    }
}

extension Response {
    static func html(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        .html(ByteBuffer(string: html), status: status)
    }

    static func html(_ body: ByteBuffer, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: body))
    }
}
