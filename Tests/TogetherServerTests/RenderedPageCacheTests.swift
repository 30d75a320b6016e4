import NIOCore
import XCTest

@testable import TogetherServer

final class RenderedPageCacheTests: XCTestCase {
    func testRendersOncePerLifetime() {
        let cache = RenderedPageCache(lifetime: .seconds(60))
        var renders = 0
        for _ in 0..<3 {
            _ = cache.body(for: "home/en", since: cache.generation) {
                renders += 1; return "page"
            }
        }
        XCTAssertEqual(renders, 1)
        _ = cache.body(for: "home/ar", since: cache.generation) {
            renders += 1; return "صفحة"
        }
        XCTAssertEqual(renders, 2)
        cache.removeAll()
        _ = cache.body(for: "home/en", since: cache.generation) {
            renders += 1; return "page"
        }
        XCTAssertEqual(renders, 3)
    }

    func testAPageReadBeforeTheCacheWasEmptiedIsServedButNotKept() {
        let cache = RenderedPageCache(lifetime: .seconds(60))
        let before = cache.generation
        cache.removeAll()  // say, a withdrawal while the page was being read
        _ = cache.body(for: "story/1/en", since: before) { "the withdrawn words" }
        XCTAssertNil(cache.cached("story/1/en"), "the stale page must not be kept")
        _ = cache.body(for: "story/1/en", since: cache.generation) { "fresh" }
        XCTAssertEqual(cache.cached("story/1/en").map { String(buffer: $0) }, "fresh")
    }

    func testAnonymousVisitorsShareOneRenderingButStaffDoNot() async throws {
        try await withTestApp { browser, services in
            let first = try await browser.get("/en/")
            _ = try await DemoContent(services: services).load()
            let second = try await browser.get("/en/")
            XCTAssertFalse(first.contains("notice--demo"))
            XCTAssertTrue(second.contains("notice--demo"), "loading demo content must clear cached pages")
        }
    }
}
