import HTTPTypes
import Hummingbird

/// Finds the chapter a request is for before the router sees it: a path under `/c/slug/` is
/// answered as the same path without the prefix, and a request to a chapter's own host name as is,
/// both inside the chapter's ``ChapterScope``. The router's routes stay the same for every space.
struct ChapterResponder<Inner: HTTPResponder>: HTTPResponder where Inner.Context == AppContext {
    let inner: Inner
    let directory: ChapterDirectory

    func respond(to request: Request, context: AppContext) async throws -> Response {
        guard !directory.isEmpty else { return try await inner.respond(to: request, context: context) }
        if let (chapter, rest) = chapterPrefix(of: request) {
            var head = request.head
            head.path = rest
            let placement = ChapterScope.Placement(chapter: chapter, pathPrefix: chapter.pathPrefix)
            return try await ChapterScope.$current.withValue(placement) {
                try await inner.respond(to: Request(head: head, body: request.body), context: context)
            }
        }
        if let host = Self.host(of: request), let chapter = directory.chapter(host: host) {
            return try await ChapterScope.$current.withValue(.init(chapter: chapter, pathPrefix: "")) {
                try await inner.respond(to: request, context: context)
            }
        }
        return try await inner.respond(to: request, context: context)
    }

    /// The chapter named by a `/c/slug` prefix and the rest of the target (query included).
    private func chapterPrefix(of request: Request) -> (Chapter, String)? {
        guard let target = request.head.path, target.hasPrefix("/c/") else { return nil }
        let afterPrefix = target.dropFirst(3)
        let slugEnd = afterPrefix.firstIndex { $0 == "/" || $0 == "?" } ?? afterPrefix.endIndex
        guard let chapter = directory.chapter(slug: afterPrefix[..<slugEnd]) else { return nil }
        let rest = afterPrefix[slugEnd...]
        return (chapter, rest.hasPrefix("/") ? String(rest) : "/" + rest)
    }

    /// The host name the browser asked for, without its port.
    static func host(of request: Request) -> String? {
        guard let authority = request.head.authority else { return nil }
        if authority.hasPrefix("[") { return nil }
        return authority.split(separator: ":").first.map { $0.lowercased() }
    }
}

/// Builds the router's responder wrapped in ``ChapterResponder``.
struct ChapterAwareRouter: HTTPResponderBuilder {
    let router: Router<AppContext>
    let directory: ChapterDirectory

    func buildResponder() -> ChapterResponder<RouterResponder<AppContext>> {
        ChapterResponder(inner: router.buildResponder(), directory: directory)
    }
}
