import Foundation
import NIOConcurrencyHelpers
import NIOCore

/// Public pages as an anonymous visitor sees them, kept for a few seconds. Rendering a Mustache
/// page costs far more than serving bytes; visitors without a session all see the same page, so
/// a short-lived copy lets the front page keep up with a static route (docs/benchmarks.md).
/// Keys name a page and a language (a story id at most), never anything else from the request, and
/// the number of copies is capped, so the cache stays small however many stories there are.
final class RenderedPageCache: Sendable {
    let lifetime: Duration
    let capacity: Int
    private let entries = NIOLockedValueBox<[String: (expires: ContinuousClock.Instant, body: ByteBuffer)]>([:])
    private let generationBox = NIOLockedValueBox(0)

    /// Counts ``removeAll()`` calls. A request notes it before reading the database and passes it
    /// to ``body(for:since:render:)``: a page read before a withdrawal is then served once but
    /// never kept, so no copy outlives the change that emptied the cache.
    var generation: Int { generationBox.withLockedValue { $0 } }

    init(lifetime: Duration = .seconds(10), capacity: Int = 2000) {
        self.lifetime = lifetime
        self.capacity = capacity
    }

    /// Keys are kept apart per chapter space (``ChapterScope/cacheKeyPrefix``): a page's links and
    /// records belong to the space it was rendered in.
    func body(for key: String, since generation: Int, render: () -> String) -> ByteBuffer {
        if let cached = cached(key) { return cached }
        let body = ByteBuffer(string: render())
        store(body, for: key, since: generation)
        return body
    }

    /// Keeps `body` unless the cache was emptied since `generation`.
    func store(_ body: ByteBuffer, for key: String, since generation: Int) {
        let key = ChapterScope.cacheKeyPrefix + key
        let now = ContinuousClock.now
        // The generation is checked under the entries' lock that removeAll() also takes.
        entries.withLockedValue { entries in
            guard generationBox.withLockedValue({ $0 }) == generation else { return }
            if entries.count >= capacity {
                entries = entries.filter { $0.value.expires > now }
                // Still full of fresh pages: start again rather than grow.
                if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            }
            entries[key] = (now + lifetime, body)
        }
    }

    /// The fresh copy, if there is one, so the work behind a page can be skipped.
    func cached(_ key: String) -> ByteBuffer? {
        let key = ChapterScope.cacheKeyPrefix + key
        let now = ContinuousClock.now
        return entries.withLockedValue { entries in entries[key].flatMap { $0.expires > now ? $0.body : nil } }
    }

    /// Drops every copy, e.g. when demo content is loaded and every page gains its banner.
    func removeAll() {
        entries.withLockedValue { entries in
            generationBox.withLockedValue { $0 += 1 }
            entries.removeAll()
        }
    }
}
