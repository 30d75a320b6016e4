import FluentKit
import Foundation
import HTTPTypes
import TogetherStore
import XCTest

@testable import TogetherServer

/// Translations of published stories: added by staff, reviewed and approved like any edit, linked both ways, erased with the original.
final class TranslationTests: XCTestCase {
    func testATranslationIsReviewedApprovedByTheTellerAndLinkedBothWays() async throws {
        try await withTestApp { browser, services in
            let moderator: HTTPFields = [
                .authorization: "Bearer \(try await services.accounts.createAPIToken(name: "desk", role: .moderator))"
            ]
            let original = try await TestStories.publish(
                StoriesAPITests.submission(title: "الفرن في شارعنا", body: "نخبز الخبز معا كل صباح."), browser: browser,
                moderator: moderator)

            // A facilitator finds the way to translate on the public story page.
            try await services.accounts.createUser(
                email: "omar@example.org", name: "Omar", role: .facilitator, password: Fixtures.staffPassword)
            let facilitator = TestBrowser(client: browser.client)
            try await facilitator.signIn("omar@example.org", Fixtures.staffPassword)
            let storyPage = try await facilitator.get("/en/stories/\(original.id)")
            XCTAssertTrue(storyPage.contains(#"href="/en/staff/stories/\#(original.id)/translate""#))
            expectFalse(try await browser.get("/en/stories/\(original.id)").contains("Translate this story"), "only staff are offered it")

            let form = try await facilitator.get("/en/staff/stories/\(original.id)/translate")
            XCTAssertTrue(form.contains("نخبز الخبز معا كل صباح."), "the original is shown to work from")
            XCTAssertFalse(form.contains(#"<option value="ar""#), "not into the original's own language")
            let empty = try await facilitator.post("/en/staff/stories/\(original.id)/translate", [("language", "en")], csrf: form.csrf)
            XCTAssertEqual(empty.status, .unprocessableContent)
            let sent = try await facilitator.post(
                "/en/staff/stories/\(original.id)/translate",
                [("language", "en"), ("title", "The bakery on our street"), ("body", "Every morning we bake bread together.")],
                csrf: form.csrf)
            XCTAssertTrue(sent.contains("Thank you for the translation"), sent.body)
            let again = try await facilitator.post(
                "/en/staff/stories/\(original.id)/translate", [("language", "en"), ("title", "Again"), ("body", "Again.")], csrf: form.csrf)
            XCTAssertEqual(again.status, .conflict, "one translation per language")

            let found = try await StoryRecord.query(on: services.store.database).filter(\.$translationOf != nil).first()
            let translation = try XCTUnwrap(found)
            let translationID = try translation.requireID().uuidString.lowercased()
            let queue = try await browser.json("/api/v1/review-queue", headers: moderator)
            let queued = (queue.object["items"] as? [[String: Any]] ?? []).first { ($0["id"] as? String)?.lowercased() == translationID }
            XCTAssertEqual((queued?["translationOf"] as? String)?.lowercased(), original.id, "it waits for review like any story")
            expectEqual(try await browser.json("/api/v1/stories/\(translationID)").status, .notFound, "not public before review")

            // Sent to the teller, who reads it on their own page and approves it.
            _ = try await browser.json("/api/v1/stories/\(translationID)/request-approval", method: .post, headers: moderator)
            let mine = try await browser.json("/api/v1/my-story", headers: original.teller)
            let listed = try XCTUnwrap((mine.object["translations"] as? [[String: Any]])?.first)
            XCTAssertEqual(listed["status"] as? String, "awaiting-approval")
            XCTAssertEqual(listed["body"] as? String, "Every morning we bake bread together.")
            let teller = TestBrowser(client: browser.client)
            let page = try await teller.submit("/en/my-story", [("code", original.receipt)])
            XCTAssertTrue(page.contains("Translations of your story"))
            XCTAssertTrue(page.contains("Approve this translation"))
            let approved = try await teller.post(
                "/en/my-story/approve", [("code", original.receipt), ("translation", translationID), ("version", "1")], csrf: page.csrf)
            XCTAssertEqual(approved.status, .ok)
            expectEqual(try await browser.json("/api/v1/stories/\(translationID)/publish", method: .post, headers: moderator).status, .ok)

            // Linked both ways, on the pages and in the API; found by search in its own language.
            expectTrue(try await browser.get("/en/stories/\(original.id)").contains(#"href="/en/stories/\#(translationID)" hreflang="en""#))
            let translated = try await browser.get("/en/stories/\(translationID)")
            XCTAssertTrue(translated.contains(#"hreflang="ar">Original ("#), translated.body)
            let shown = try await browser.json("/api/v1/stories/\(translationID)")
            XCTAssertEqual((shown.object["translationOf"] as? String)?.lowercased(), original.id)
            let links = try await browser.json("/api/v1/stories/\(original.id)").object["otherLanguages"] as? [[String: Any]]
            XCTAssertEqual(links?.compactMap { ($0["id"] as? String)?.lowercased() }, [translationID])
            let searched = try await browser.json("/api/v1/stories?q=bakery")
            XCTAssertEqual(
                (searched.object["items"] as? [[String: Any]])?.compactMap { ($0["id"] as? String)?.lowercased() }, [translationID])
        }
    }

    func testOnlyStoriesWhoseTellerAllowedItCanBeTranslated() async throws {
        try await withTestApp { browser, services in
            let moderator: HTTPFields = [
                .authorization: "Bearer \(try await services.accounts.createAPIToken(name: "desk", role: .moderator))"
            ]
            var json = StoriesAPITests.submission()
            json["consent"] = ["publish": true]
            let story = try await TestStories.publish(json, browser: browser, moderator: moderator)
            let refused = try await browser.json(
                "/api/v1/stories/\(story.id)/translations", method: .post, ["language": "en", "title": "T", "body": "B"], headers: moderator
            )
            XCTAssertEqual(refused.status, .forbidden)
            try await services.accounts.createUser(
                email: "amal@example.org", name: "Amal", role: .moderator, password: Fixtures.staffPassword)
            try await browser.signIn("amal@example.org", Fixtures.staffPassword)
            expectEqual(try await browser.get("/en/staff/stories/\(story.id)/translate").status, .notFound)
            expectFalse(try await browser.get("/en/stories/\(story.id)").contains("Translate this story"))
        }
    }

    func testTranslationsLeaveWithTheOriginalAndWithConsentToTranslate() async throws {
        try await withTestApp { browser, services in
            let moderator: HTTPFields = [
                .authorization: "Bearer \(try await services.accounts.createAPIToken(name: "desk", role: .moderator))"
            ]
            let original = try await TestStories.publish(StoriesAPITests.submission(), browser: browser, moderator: moderator)
            let translation = try await Self.publishTranslation(of: original, browser: browser, moderator: moderator)
            expectEqual(try await browser.json("/api/v1/stories/\(translation)").status, .ok)

            // Taking back consent to translate takes the translation off the site, not the original.
            let consent = try await browser.json(
                "/api/v1/my-story/consent", method: .post, ["publish": true, "partners": true], headers: original.teller)
            XCTAssertEqual(consent.status, .ok)
            expectEqual(try await browser.json("/api/v1/stories/\(translation)").status, .notFound)
            expectEqual(try await browser.json("/api/v1/stories/\(original.id)").status, .ok)
            expectEqual(((try await browser.json("/api/v1/stories?q=Sunday")).object["items"] as? [Any])?.count, 0)
            _ = try await browser.json(
                "/api/v1/my-story/consent", method: .post, ["publish": true, "translate": true], headers: original.teller)
            expectEqual(try await browser.json("/api/v1/stories/\(translation)").status, .ok)

            // Withdrawal erases the translations with the original; partners are told about both.
            expectEqual(try await browser.json("/api/v1/my-story/withdraw", method: .post, headers: original.teller).status, .ok)
            expectEqual(try await browser.json("/api/v1/stories/\(translation)").status, .gone)
            expectEqual(try await StoryRecord.query(on: services.store.database).count(), 0)
            expectEqual(try await StoryVersionRecord.query(on: services.store.database).count(), 0)
            let tombstones = try await browser.json("/api/v1/stories/withdrawn").object["items"] as? [[String: Any]]
            XCTAssertEqual(Set(tombstones?.compactMap { ($0["id"] as? String)?.lowercased() } ?? []), [original.id, translation])
        }
    }

    static func publishTranslation(of original: TestStories.Published, browser: TestBrowser, moderator: HTTPFields) async throws -> String {
        let created = try await browser.json(
            "/api/v1/stories/\(original.id)/translations", method: .post,
            ["language": "en", "title": "Sunday bread", "body": "We bake on Sunday."], headers: moderator)
        XCTAssertEqual(created.status, .created, created.body)
        let id = try XCTUnwrap(created.object["id"] as? String).lowercased()
        _ = try await browser.json("/api/v1/stories/\(id)/request-approval", method: .post, headers: moderator)
        let approved = try await browser.json(
            "/api/v1/my-story/approve", method: .post, ["version": 1, "translation": id], headers: original.teller)
        XCTAssertEqual(approved.status, .ok, approved.body)
        let published = try await browser.json("/api/v1/stories/\(id)/publish", method: .post, headers: moderator)
        XCTAssertEqual(published.status, .ok, published.body)
        return id
    }
}
