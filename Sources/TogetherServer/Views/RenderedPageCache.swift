import Foundation
import NIOConcurrencyHelpers
import NIOCore

/// Public pages as an anonymous visitor sees them, kept for a few seconds. Rendering a Mustache
/// page costs far more than serving bytes; visitors without a session all see the same page, so
/// a short-lived copy lets the front page keep up with a static route (docs/benchmarks.md).
/// Keys come from route names and language codes only, never from the request, so the cache
/// stays small.
final class RenderedPageCache: Sendable {
    let lifetime: Duration
    private let entries = NIOLockedValueBox<[String: (expires: ContinuousClock.Instant, body: ByteBuffer)]>([:])

    init(lifetime: Duration = .seconds(10)) {
        self.lifetime = lifetime
    }

    func body(for key: String, render: () -> String) -> ByteBuffer {
        let now = ContinuousClock.now
        if let entry = entries.withLockedValue({ $0[key] }), entry.expires > now { return entry.body }
        let body = ByteBuffer(string: render())
        entries.withLockedValue { $0[key] = (now + lifetime, body) }
        return body
    }

    /// Whether a fresh copy is at hand, so the work behind a page can be skipped.
    func has(_ key: String) -> Bool {
        let now = ContinuousClock.now
        return entries.withLockedValue { $0[key].map { $0.expires > now } ?? false }
    }

    /// Drops every copy, e.g. when demo content is loaded and every page gains its banner.
    func removeAll() {
        entries.withLockedValue { $0.removeAll() }
    }
}
