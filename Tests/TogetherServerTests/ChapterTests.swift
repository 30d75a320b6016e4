import Foundation
import HTTPTypes
import TogetherStore
import XCTest

@testable import TogetherServer

/// Local chapters: administrators set one up; its pages wear its name, colours and languages under
/// `/c/slug` or its own host name; its records stay in its space, and its staff in theirs.
final class ChapterTests: XCTestCase {
    static let chapterFields: [(String, String)] = [
        ("name", "Lyon ensemble"), ("slug", "lyon"), ("host", ""), ("colour", "#1f4e8c"), ("accent", "#b3430f"),
        ("languages", "fr"), ("languages", "ar"), ("logoText", ""),
    ]

    func testAdministratorsSetUpAChapterWhosePagesWearItsNameColoursAndLanguages() async throws {
        try await withTestApp { browser, services in
            try await services.accounts.createUser(email: "ada@example.org", name: "Ada", role: .admin, password: Fixtures.staffPassword)
            try await browser.signIn("ada@example.org", Fixtures.staffPassword)

            let refused = try await browser.submit(
                "/en/staff/chapters", to: "/en/staff/chapters/new",
                [("name", ""), ("slug", "Lyon!"), ("host", "not a host"), ("colour", "#ffff00"), ("accent", "#fafafa")])
            XCTAssertEqual(refused.status, .unprocessableContent)
            for message in [
                "Give the chapter a name of up to 80 characters.", "Use 2 to 40 lower-case letters, digits or hyphens",
                "Write a host name such as lyon.example.org", "dark enough for white text on it", "contrast of at least 3 to 1",
            ] {
                XCTAssertTrue(refused.contains(message), message)
            }

            let created = try await browser.submit("/en/staff/chapters", to: "/en/staff/chapters/new", Self.chapterFields)
            XCTAssertEqual(created.status, .found, created.body)
            let again = try await browser.submit("/en/staff/chapters", to: "/en/staff/chapters/new", Self.chapterFields)
            XCTAssertTrue(again.contains("Another chapter already uses this short name."))
            browser.forgetCookies()

            let home = try await browser.get("/c/lyon/fr/")
            XCTAssertEqual(home.status, .ok)
            XCTAssertTrue(home.contains("Lyon ensemble</a>"), "unbranded: the chapter's name alone")
            XCTAssertFalse(home.contains("brand-platform"))
            XCTAssertTrue(home.contains("href=\"/c/lyon/fr/stories\""), "links stay in the chapter's space")
            XCTAssertTrue(home.contains("href=\"/c/lyon/chapter.css?v="))
            XCTAssertTrue(home.contains("hreflang=\"ar\""))
            XCTAssertFalse(home.contains("hreflang=\"es\""), "only the chapter's languages are offered")
            let bare = try await browser.get("/c/lyon/", headers: [.acceptLanguage: "es"])
            XCTAssertEqual(bare.location, "/c/lyon/fr/", "a language the chapter does not offer gives way to its first")
            let css = try await browser.get("/c/lyon/chapter.css")
            XCTAssertTrue(css.contains("--primary:#1f4e8c"))
            let answer1 = try await browser.get("/chapter.css")
            XCTAssertEqual(answer1.status, .notFound)
            let answer2 = try await browser.get("/c/nowhere/en/")
            XCTAssertEqual(answer2.status, .notFound)
            let main = try await browser.get("/en/")
            XCTAssertFalse(main.contains("Lyon ensemble"))
            XCTAssertFalse(main.contains("chapter.css"))
        }
    }

    func testAChapterReachedByItsOwnHostNameServesItsPagesWithoutAPrefix() async throws {
        try await withTestApp { browser, services in
            // The test client always asks for "localhost".
            let record = ChapterRecord(slug: "home-town", name: "Home town together")
            record.host = "localhost"
            record.showsPlatformBrand = true
            try await record.save(on: services.store.database)
            try await services.refreshSiteState()
            let home = try await browser.get("/en/")
            XCTAssertTrue(home.contains("Home town together <span class=\"brand-platform\">with Together</span>"))
            XCTAssertTrue(home.contains("href=\"/en/stories\""))
            XCTAssertTrue(home.contains("href=\"/chapter.css?v="))
        }
    }

    func testStaffOfAnotherSpaceSigningInAtAChaptersOwnHostAreSentToSignInAtTheirOwnAddress() async throws {
        try await withTestApp { browser, services in
            let record = ChapterRecord(slug: "home-town", name: "Home town together")
            record.host = "localhost"  // the test client's host: every request below reaches the chapter
            try await record.save(on: services.store.database)
            try await services.refreshSiteState()
            try await services.accounts.createUser(
                email: "omar@example.org", name: "Omar", role: .moderator, password: Fixtures.staffPassword)
            try await Fixtures.admin(services)

            let moderator = try await browser.submit("/en/login", [("email", "omar@example.org"), ("password", Fixtures.staffPassword)])
            XCTAssertEqual(moderator.status, .seeOther)
            XCTAssertEqual(moderator.location, services.configuration.baseURL + "/en/login?notice=sign-in-elsewhere")
            XCTAssertEqual(
                browser.cookies.keys.filter { $0.contains("session") }, [], "no session on a host whose cookies cannot reach their space")

            try await browser.signIn(Fixtures.adminEmail, Fixtures.adminPassword)
            let dashboard = try await browser.get("/en/staff")
            XCTAssertEqual(dashboard.status, .ok, "administrators work in every space")
        }
    }

    func testRecordsOfOneChapterStayInItsSpaceAndItsStaffInTheirs() async throws {
        try await withTestApp { browser, services in
            let a = try await TestChapters.create(slug: "a", name: "Chapter A", services: services)
            let b = try await TestChapters.create(slug: "b", name: "Chapter B", services: services)
            for (email, chapter) in [("mona@example.org", a), ("bashir@example.org", b), ("main@example.org", nil)] {
                try await services.accounts.createUser(
                    email: email, name: email, role: .moderator, password: Fixtures.staffPassword, chapterID: chapter)
            }
            let tokenA: HTTPFields = [
                .authorization: "Bearer \(try await services.accounts.createAPIToken(name: "a", role: .moderator, chapterID: a))"
            ]
            let tokenB: HTTPFields = [
                .authorization: "Bearer \(try await services.accounts.createAPIToken(name: "b", role: .moderator, chapterID: b))"
            ]

            // Told in chapter A's space.
            let created = try await browser.json(
                "/c/a/api/v1/stories", method: .post, StoriesAPITests.submission(title: "Bread on Rue Mercière"))
            XCTAssertEqual(created.status, .created, created.body)
            let id = try XCTUnwrap(created.object["id"] as? String).lowercased()
            let receipt: HTTPFields = [.authorization: "Receipt \(try XCTUnwrap(created.object["receipt"] as? String))"]

            // The queue: chapter A's moderators see it; chapter B's and the main space's do not, and cannot reach it.
            try await browser.signIn("bashir@example.org", Fixtures.staffPassword)
            let answer3 = try await browser.get("/c/a/en/staff/stories")
            XCTAssertEqual(answer3.status, .forbidden)
            let answer4 = try await browser.get("/en/staff/stories")
            XCTAssertEqual(answer4.status, .forbidden)
            let queueB = try await browser.get("/c/b/en/staff/stories")
            XCTAssertEqual(queueB.status, .ok)
            XCTAssertFalse(queueB.contains("Bread on Rue Mercière"))
            let answer5 = try await browser.get("/c/b/en/staff/stories/\(id)")
            XCTAssertEqual(answer5.status, .notFound)
            let contact = try await browser.post("/c/b/en/staff/stories/\(id)/contact", [], csrf: queueB.csrf)
            XCTAssertEqual(contact.status, .notFound, "chapter B's moderator cannot read chapter A's contact details")
            browser.forgetCookies()
            try await browser.signIn("main@example.org", Fixtures.staffPassword)
            let answer6 = try await browser.get("/en/staff/stories")
            XCTAssertFalse(answer6.contains("Bread on Rue Mercière"))
            let answer7 = try await browser.get("/c/a/en/staff/stories")
            XCTAssertEqual(answer7.status, .forbidden)
            browser.forgetCookies()
            try await browser.signIn("mona@example.org", Fixtures.staffPassword)
            let answer8 = try await browser.get("/c/a/en/staff/stories")
            XCTAssertTrue(answer8.contains("Bread on Rue Mercière"))
            let answer9 = try await browser.get("/c/a/en/staff/stories/\(id)")
            XCTAssertEqual(answer9.status, .ok)
            browser.forgetCookies()

            // Tokens: chapter B's cannot act on it anywhere; chapter A's publishes it in A's space.
            let answer10 = try await browser.json("/c/a/api/v1/review-queue", headers: tokenB)
            XCTAssertEqual(answer10.status, .forbidden)
            let answer11 = try await browser.json("/c/b/api/v1/stories/\(id)/request-approval", method: .post, headers: tokenB)
            XCTAssertEqual(answer11.status, .notFound)
            _ = try await browser.json("/c/a/api/v1/stories/\(id)/request-approval", method: .post, headers: tokenA)
            _ = try await browser.json("/api/v1/my-story/approve", method: .post, ["version": 1], headers: receipt)
            let published = try await browser.json("/c/a/api/v1/stories/\(id)/publish", method: .post, headers: tokenA)
            XCTAssertEqual(published.status, .ok, published.body)

            // Readers find it in chapter A's space only: lists, pages, search, API and feeds.
            let answer12 = try await browser.get("/c/a/en/stories")
            XCTAssertTrue(answer12.contains("Bread on Rue Mercière"))
            let answer13 = try await browser.get("/en/stories")
            XCTAssertFalse(answer13.contains("Bread on Rue Mercière"))
            let answer14 = try await browser.get("/c/b/en/stories")
            XCTAssertFalse(answer14.contains("Bread on Rue Mercière"))
            let answer15 = try await browser.get("/c/a/en/stories/\(id)")
            XCTAssertEqual(answer15.status, .ok)
            let answer16 = try await browser.get("/en/stories/\(id)")
            XCTAssertEqual(answer16.status, .notFound)
            let answer17 = try await browser.get("/c/b/en/stories/\(id)")
            XCTAssertEqual(answer17.status, .notFound)
            let answer18 = try await browser.get("/c/a/en/stories?q=bread")
            XCTAssertTrue(answer18.contains("Bread on Rue Mercière"))
            let answer19 = try await browser.get("/en/stories?q=bread")
            XCTAssertFalse(answer19.contains("Bread on Rue Mercière"))
            let answer20 = try await browser.json("/api/v1/stories/\(id)")
            XCTAssertEqual(answer20.status, .notFound)
            let answer21 = try await browser.get("/c/a/api/v1/stories")
            XCTAssertTrue(answer21.body.lowercased().contains(id))
            let answer22 = try await browser.get("/api/v1/stories")
            XCTAssertFalse(answer22.body.lowercased().contains(id))
            let answer23 = try await browser.get("/c/a/feeds/stories.json")
            XCTAssertTrue(answer23.contains(id))
            let answer24 = try await browser.get("/feeds/stories.json")
            XCTAssertFalse(answer24.contains(id))
            // The teller's receipt opens their story from anywhere.
            let answer25 = try await browser.json("/api/v1/my-story", headers: receipt)
            XCTAssertEqual(answer25.status, .ok)
        }
    }

    func testGatheringsPledgesAndConversationsOfAChapterStayInItsSpace() async throws {
        try await withTestApp { browser, services in
            let a = try await TestChapters.create(slug: "a", name: "Chapter A", services: services)
            try await services.accounts.createUser(
                email: "fatou@example.org", name: "Fatou", role: .facilitator, password: Fixtures.staffPassword, chapterID: a)
            try await browser.signIn("fatou@example.org", Fixtures.staffPassword)
            let gathering = try await browser.submit("/c/a/en/staff/gatherings", to: "/c/a/en/staff/gatherings/new", GatheringTests.plan())
            XCTAssertEqual(gathering.status, .found, gathering.body)
            XCTAssertTrue(try XCTUnwrap(gathering.location).hasPrefix("/c/a/en/staff/gatherings/"), "redirects stay in the space")
            let pledge = try await browser.submit(
                "/c/a/en/staff/pledges", to: "/c/a/en/staff/pledges/new",
                [("title", "Stand up today"), ("text", PledgeTests.words), ("language", "en"), ("milestones", "2, 5")])
            let manage = try XCTUnwrap(pledge.location)
            _ = try await browser.submit(manage, to: manage + "/status", [("status", "open")])
            let conversation = try await browser.submit(
                "/c/a/en/staff/conversations", to: "/c/a/en/staff/conversations",
                [
                    ("title", "Our street"), ("description", "What we share"), ("language", "en"), ("moderation", "strict"),
                    ("seed", "Neighbours help each other here."),
                ])
            XCTAssertLessThan(conversation.status.code, 400, conversation.body)
            browser.forgetCookies()

            let answer26 = try await browser.get("/c/a/en/gatherings")
            XCTAssertTrue(answer26.contains("Soup and songs"))
            let answer27 = try await browser.get("/en/gatherings")
            XCTAssertFalse(answer27.contains("Soup and songs"))
            let answer28 = try await browser.get("/c/a/calendar/gatherings.ics")
            XCTAssertTrue(answer28.contains("Soup and songs"))
            let answer29 = try await browser.get("/calendar/gatherings.ics")
            XCTAssertFalse(answer29.contains("Soup and songs"))
            let answer30 = try await browser.get("/c/a/en/pledges")
            XCTAssertTrue(answer30.contains("Stand up today"))
            let answer31 = try await browser.get("/en/pledges")
            XCTAssertFalse(answer31.contains("Stand up today"))
            let answer32 = try await browser.get("/c/a/en/conversations")
            XCTAssertTrue(answer32.contains("Our street"))
            let answer33 = try await browser.get("/en/conversations")
            XCTAssertFalse(answer33.contains("Our street"))
            let home = try await browser.get("/c/a/en/")
            XCTAssertTrue(home.contains("Soup and songs"), "the chapter's home page shows its gatherings")
            XCTAssertTrue(home.contains("Stand up today"), "and its pledge")
            let answer34 = try await browser.get("/en/")
            XCTAssertFalse(answer34.contains("Soup and songs"))
        }
    }

    func testAChaptersOwnRulePackChecksItsMessagesOnly() async throws {
        try await withTestApp { browser, services in
            _ = try await TestChapters.create(slug: "a", name: "Chapter A", services: services)
            try await Fixtures.admin(services)
            try await browser.signIn(Fixtures.adminEmail, Fixtures.adminPassword)
            let page = try await browser.get("/c/a/en/staff/rule-packs")
            let added = try await browser.post(
                "/c/a/en/staff/rule-packs", [("name", "berlin"), ("yaml", RulePackUploadTests.pack)], csrf: page.csrf)
            XCTAssertEqual(added.status, .seeOther, added.body)
            let draft: [String: Any] = ["text": "Welcome circle members may apply.", "language": "en"]
            let inChapter = try await browser.json("/c/a/api/check", method: .post, draft)
            XCTAssertEqual((inChapter.object["findings"] as? [[String: Any]])?.first?["rule"] as? String, "en.berlin-welcome-circle")
            let inMain = try await browser.json("/api/check", method: .post, draft)
            XCTAssertEqual((inMain.object["findings"] as? [Any])?.count, 0, "the main space keeps its own rules")
            let mainPacks = try await browser.get("/en/staff/rule-packs")
            XCTAssertFalse(mainPacks.contains("berlin.yaml"))
            let clash = try await browser.post(
                "/en/staff/rule-packs", [("name", "berlin"), ("yaml", RulePackUploadTests.pack)], csrf: mainPacks.csrf)
            XCTAssertTrue(clash.contains("A pack with this file name is used in another space"))

            // After a restart the chapter's pack is still its own.
            services.checkers.use(main: try services.checkers.checker(adding: []), chapters: [:])
            try await services.refreshSiteState()
            let again = try await browser.json("/c/a/api/check", method: .post, draft)
            XCTAssertEqual((again.object["findings"] as? [Any])?.count, 1)
        }
    }

    func testChapterStaffAreInvitedIntoTheirSpaceAndTokensSubmitOnlyThere() async throws {
        try await withTestApp { browser, services in
            let a = try await TestChapters.create(slug: "a", name: "Chapter A", services: services)
            try await Fixtures.admin(services)
            try await browser.signIn(Fixtures.adminEmail, Fixtures.adminPassword)
            let invited = try await browser.submit(
                "/c/a/en/staff/users", [("name", "Hana"), ("email", "hana@example.org"), ("role", "moderator")])
            XCTAssertTrue(invited.contains("/c/a/en/setup/"), "the invitation opens in the chapter's space")
            let users = try await browser.get("/en/staff/users")
            XCTAssertTrue(users.contains("Chapter A"), "the users page names each person's chapter")
            browser.forgetCookies()

            let tokenA: HTTPFields = [
                .authorization: "Bearer \(try await services.accounts.createAPIToken(name: "fa", role: .facilitator, chapterID: a))"
            ]
            let onBehalf: [String: Any] = ["consentMethod": "written", "consentGivenAt": "2026-01-05T10:00:00Z"]
            let elsewhere = try await browser.json(
                "/api/v1/stories", method: .post, StoriesAPITests.submission(extra: ["onBehalf": onBehalf]), headers: tokenA)
            XCTAssertEqual(elsewhere.status, .forbidden, "a chapter's token cannot file stories in the main space")
            let home = try await browser.json(
                "/c/a/api/v1/stories", method: .post, StoriesAPITests.submission(extra: ["onBehalf": onBehalf]), headers: tokenA)
            XCTAssertEqual(home.status, .created, home.body)
        }
    }

    func testColoursMustBeSixHexDigitsWithEnoughContrast() {
        XCTAssertNil(ColourContrast.components("#+12345"))
        XCTAssertNil(ColourContrast.components("#-00000"))
        XCTAssertNil(ColourContrast.components("#12345"))
        XCTAssertNotNil(ColourContrast.components("#1F4e8c"))
        XCTAssertEqual(ColourContrast.ratio("#000000", "#ffffff") ?? 0, 21, accuracy: 0.01)
        XCTAssertEqual(ColourContrast.ratio("#ffffff", "#ffffff") ?? 0, 1, accuracy: 0.01)
        XCTAssertEqual(ColourContrast.darker("#804020"), "#603018")
    }
}
