import Foundation

/// The chapter space a request is being answered in, for the code that builds links and cache
/// keys deep inside views. It is a task-local value rather than a parameter because every link on
/// every page is built by ``SiteRoute/path(_:)``, and the prefix is a fact about the request, not
/// about the route (docs/decisions/0012-chapters.md).
enum ChapterScope {
    struct Placement: Sendable {
        let chapter: Chapter
        /// `/c/slug` when the chapter was reached under the installation's host, empty when it
        /// was reached through its own host name.
        let pathPrefix: String
    }

    @TaskLocal static var current: Placement?

    /// The chapter id scoped records of the current request get and are filtered by; nil for the
    /// main space (and for background work, which runs outside every request).
    static var space: UUID? { current?.chapter.id }

    /// What every link of the current request starts with.
    static var pathPrefix: String { current?.pathPrefix ?? "" }

    /// The site's address as the reader reached it: a chapter's own host name in its place.
    static func baseURL(configured: String) -> String {
        guard let current, current.pathPrefix.isEmpty, let host = current.chapter.host,
            var components = URLComponents(string: configured)
        else { return configured }
        components.host = host
        components.port = nil
        return components.string ?? configured
    }

    /// Keeps copies of pages from different spaces apart in the page caches.
    static var cacheKeyPrefix: String {
        guard let current else { return "" }
        return "\(current.chapter.id.uuidString)\(current.pathPrefix)|"
    }
}
