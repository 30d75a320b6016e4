import Foundation
import HTTPTypes
import XCTest

@testable import TogetherServer

/// Published stories on the site: the list, search, each story's page, the front page.
final class StoryReadingTests: XCTestCase {
    func testReadersFindListAndOpenPublishedStories() async throws {
        try await withTestApp { browser, services in
            let moderator: HTTPFields = [
                .authorization: "Bearer \(try await services.accounts.createAPIToken(name: "amal", role: .moderator))"
            ]
            expectFalse(try await browser.get("/en/").contains("Stories to read"), "no stories, no section")
            let bread = try await StorySearchTests.publish(
                "خبز الأحد", "نخبز معًا كل أحد.\nالجيران يحضرون المربى.", language: "ar", browser: browser, moderator: moderator)
            _ = try await browser.json("/api/v1/stories", method: .post, StoriesAPITests.submission(title: "Still in review"))

            let home = try await browser.get("/en/")
            XCTAssertTrue(home.contains("Stories to read"), "publishing refreshes the front page at once")
            XCTAssertTrue(home.contains(#"<h3 lang="ar" dir="rtl"><a href="/en/stories/\#(bread)">خبز الأحد</a></h3>"#))

            let list = try await browser.get("/fr/stories")
            XCTAssertEqual(list.status, .ok)
            XCTAssertTrue(list.contains("خبز الأحد"))
            XCTAssertFalse(list.contains("Still in review"), "only published stories are listed")
            expectTrue(try await browser.get("/fr/stories?q=%D8%AE%D8%A8%D8%B2").contains("خبز الأحد"))
            expectFalse(try await browser.get("/fr/stories?q=tomates").contains("خبز الأحد"))
            expectEqual(try await browser.get("/fr/stories?voice=alien&theme=nope&cursor=-5").status, .ok, "odd filters are ignored")

            let page = try await browser.get("/en/stories/\(bread)")
            XCTAssertEqual(page.status, .ok)
            XCTAssertTrue(page.contains(#"<html lang="en" dir="ltr">"#))
            XCTAssertTrue(page.contains(#"<div lang="ar" dir="rtl">"#), "the story keeps its own language and direction")
            XCTAssertTrue(page.contains("<p>الجيران يحضرون المربى.</p>"))
            XCTAssertTrue(page.contains("Told by Samir"))
            XCTAssertTrue(page.contains("Leipzig, Germany"))
            XCTAssertFalse(page.contains("170 0000000"), "contact details never appear")
            expectEqual(try await browser.get("/en/stories/\(UUID().uuidString)").status, .notFound)
        }
    }

    func testAWithdrawnStoryIsGoneFromEveryPageAtOnce() async throws {
        try await withTestApp { browser, services in
            let moderator: HTTPFields = [
                .authorization: "Bearer \(try await services.accounts.createAPIToken(name: "amal", role: .moderator))"
            ]
            var json = StoriesAPITests.submission(title: "A garden in spring")
            json["language"] = "en"
            let story = try await TestStories.publish(json, browser: browser, moderator: moderator)
            let (id, teller) = (story.id, story.teller)
            expectTrue(try await browser.get("/en/").contains("A garden in spring"))

            _ = try await browser.json("/api/v1/my-story/withdraw", method: .post, headers: teller)
            expectFalse(try await browser.get("/en/").contains("A garden in spring"), "the cached front page forgets it at once")
            expectFalse(try await browser.get("/en/stories").contains("A garden in spring"))
            let gone = try await browser.get("/en/stories/\(id)")
            XCTAssertEqual(gone.status, .gone)
            XCTAssertTrue(gone.contains("has withdrawn it"))
        }
    }
}
