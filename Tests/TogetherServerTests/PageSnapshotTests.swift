import Gatherings
import SnapshotTesting
import TogetherStore
import XCTest

@testable import TogetherServer

/// The rendered HTML of the main pages, reviewed as text whenever it changes.
final class PageSnapshotTests: XCTestCase {
    func testPublicPages() async throws {
        try await withTestApp { browser, _ in
            for (name, uri) in [
                ("home-en", "/en/"), ("home-ar", "/ar/"), ("about-fr", "/fr/about"), ("privacy-es", "/es/privacy"),
                ("login-en", "/en/login"), ("login-ar", "/ar/login"), ("not-found-en", "/en/missing"), ("my-story-fr", "/fr/my-story"),
            ] {
                let page = try await browser.get(uri)
                assertSnapshot(of: Self.normalised(page.body), as: .lines, named: name)
            }
        }
    }

    func testStaffPages() async throws {
        try await withTestApp { browser, services in
            let token = try await services.accounts.issueFirstAdministratorLink()
            let setup = try await browser.get("/ar/setup/\(token)")
            assertSnapshot(of: Self.normalised(setup.body), as: .lines, named: "setup-ar")
            try await Fixtures.admin(services)
            try await browser.signIn(Fixtures.adminEmail, Fixtures.adminPassword)
            for (name, uri) in [("dashboard-en", "/en/staff"), ("dashboard-ar", "/ar/staff"), ("password-fr", "/fr/account/password")] {
                let page = try await browser.get(uri)
                assertSnapshot(of: Self.normalised(page.body), as: .lines, named: name)
            }
        }
    }

    func testStoryForm() async throws {
        try await withTestApp { browser, _ in
            let form = try await browser.get("/ar/stories/new")
            assertSnapshot(of: Self.normalised(form.body), as: .lines, named: "story-new-ar")
        }
    }

    func testConversationPages() async throws {
        try await withTestApp { browser, services in
            let english = try await services.conversations.create(
                title: "What would make our street feel like home?", description: "Answer as many statements as you like.", language: "en",
                strictModeration: true, seed: ConversationTests.seed)
            let arabic = try await services.conversations.create(
                title: "ما الذي يجعل حيّنا بيتًا للجميع؟", description: "", language: "ar", strictModeration: false,
                seed: ["الجيران الذين يعرفون أسماء بعضهم يصنعون حيًّا أفضل."])
            for (name, uri) in [
                ("conversations-en", "/en/conversations"),
                ("conversation-en", "/en/conversations/\(english.uuidString.lowercased())"),
                ("conversation-ar", "/ar/conversations/\(arabic.uuidString.lowercased())"),
                ("conversation-results-empty-fr", "/fr/conversations/\(english.uuidString.lowercased())/results"),
            ] {
                let page = try await browser.get(uri)
                assertSnapshot(of: Self.normalised(page.body), as: .lines, named: name)
            }
            try await Fixtures.admin(services)
            try await browser.signIn(Fixtures.adminEmail, Fixtures.adminPassword)
            let staff = try await browser.get("/ar/staff/conversations/\(english.uuidString.lowercased())")
            assertSnapshot(of: Self.normalised(staff.body), as: .lines, named: "staff-conversation-ar")
        }
    }

    func testMessageTestPages() async throws {
        try await withTestApp { browser, services in
            var draft = MessageTestDraft()
            draft.title = "اختبار رسالة الجيران"
            draft.language = "ar"
            draft.country = "الأردن"
            draft.arms = [
                .init(label: "المجموعة الضابطة", text: "", storyID: nil),
                .init(label: "الجيران", text: "أمل تدير المخبز في شارع المحطة.", storyID: nil),
            ]
            draft.questions = [
                .init(phase: .before, item: "choice", text: "أين تعيش؟", options: ["مدينة", "بلدة", "ريف"]),
                .init(phase: .after, item: "imbgeco"), .init(phase: .after, item: "likert", text: "الجيران الجدد يجعلون حيّنا أفضل."),
            ]
            draft.behaviour = .pledge
            draft.behaviourText = "سأرحّب بجار جديد هذا الشهر."
            let id = try await services.messageTests.create(draft)
            let found = try await MessageTestRecord.find(id, on: services.store.database)
            let test = try XCTUnwrap(found)
            test.seed = 2026
            try await services.messageTests.setStatus(test, .open)
            let path = "/ar/tests/\(id.uuidString.lowercased())"
            let consent = try await browser.get(path)
            assertSnapshot(of: Self.normalised(consent.body), as: .lines, named: "message-test-consent-ar")
            try await browser.post(path, [("step", "consent")], csrf: consent.csrf)
            let questions = try await browser.get(path)
            assertSnapshot(of: Self.normalised(questions.body), as: .lines, named: "message-test-questions-ar")
            browser.forgetCookies()
            _ = try await MessageTestTests.seedAnswers(services, testID: id, perArm: 30, arms: 2, from: 1)
            try await Fixtures.admin(services)
            try await browser.signIn(Fixtures.adminEmail, Fixtures.adminPassword)
            for (name, uri) in [
                ("message-test-results-ar", "/ar/staff/message-tests/\(id.uuidString.lowercased())/results"),
                ("staff-message-tests-en", "/en/staff/message-tests"),
            ] {
                let page = try await browser.get(uri)
                assertSnapshot(of: Self.normalised(page.body), as: .lines, named: name)
            }
        }
    }

    func testGatheringPages() async throws {
        try await withTestApp { browser, services in
            var plan = GatheringPlan()
            plan.title = "حساء وأغانٍ"
            plan.description = "أحضروا وعاءً أو أغنية."
            plan.textLanguage = "ar"
            plan.category = "food"
            plan.hosts = [("ليلى", "host"), ("Yusuf", "newcomer")]
            plan.venue = "الحديقة المشتركة خلف المكتبة"
            plan.start = "2031-06-05T18:00"
            plan.end = "2031-06-05T21:00"
            plan.timeZone = "Asia/Amman"
            plan.languages = ["ar", "en"]
            plan.capacity = "30"
            let gathering = try plan.gathering(id: UUID(), now: Date()).get()
            try await services.gatherings.create(gathering)
            for (name, uri) in [
                ("gatherings-en", "/en/gatherings"), ("gathering-ar", "/ar/gatherings/\(gathering.id.uuidString.lowercased())"),
                ("gathering-cancel-fr", "/fr/gatherings/cancel"), ("home-with-gatherings-es", "/es/"),
            ] {
                let page = try await browser.get(uri)
                assertSnapshot(of: Self.normalised(page.body), as: .lines, named: name)
            }
            try await Fixtures.admin(services)
            try await browser.signIn(Fixtures.adminEmail, Fixtures.adminPassword)
            let staff = try await browser.get("/en/staff/gatherings")
            assertSnapshot(of: Self.normalised(staff.body), as: .lines, named: "staff-gatherings-en")
        }
    }

    func testPledgePages() async throws {
        try await withTestApp { browser, services in
            let made = try await services.pledges.create(
                title: "لنقف معًا اليوم", text: "سأرفع صوتي حين يُعامَل جار بظلم بسبب البلد الذي جاء منه.", language: "ar",
                milestones: "100, 500")
            let id = try made.get()
            let found = try await services.pledges.pledge(id)
            _ = try await services.pledges.setStatus(try XCTUnwrap(found), .open)
            for (name, uri) in [("pledges-en", "/en/pledges"), ("pledge-ar", "/ar/pledges/\(id.uuidString.lowercased())")] {
                let page = try await browser.get(uri)
                assertSnapshot(of: Self.normalised(page.body), as: .lines, named: name)
            }
        }
    }

    /// Tokens, submission keys and the stylesheet's content hash change from run to run; nothing else may.
    static func normalised(_ html: String) -> String {
        html.replacingOccurrences(of: #"[A-Za-z0-9_-]{43}"#, with: "TOKEN", options: .regularExpression)
            .replacingOccurrences(
                of: #"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}"#, with: "UUID",
                options: .regularExpression
            )
            .replacingOccurrences(of: #"together-[0-9a-f]{12}\.css"#, with: "together-HASH.css", options: .regularExpression)
    }
}
