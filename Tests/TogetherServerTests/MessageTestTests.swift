import FluentKit
import Foundation
import Gatherings
import HTTPTypes
import Impact
import TogetherStore
import XCTest

@testable import TogetherServer

/// Running a randomised message test: staff build and open it, respondents take part without an
/// account, and staff read the effects and export them.
final class MessageTestTests: XCTestCase {
    static let messages = [
        "Amal runs the bakery on Station Road. She came here in 2016 and now trains two apprentices from the town.",
        "Most of us want the same things: a safe street, a decent job, and neighbours we can count on.",
    ]

    /// Creates a test through the staff form as a facilitator; returns its id (the test is a draft).
    static func create(
        _ browser: TestBrowser, services: AppServices, extra: [(String, String)] = [], behaviour: String = "pledge"
    ) async throws -> UUID {
        try await services.accounts.createUser(
            email: "lina@example.org", name: "Lina", role: .facilitator, password: Fixtures.staffPassword)
        try await browser.signIn("lina@example.org", Fixtures.staffPassword)
        let created = try await browser.submit(
            "/en/staff/message-tests", to: "/en/staff/message-tests/new",
            [
                ("title", "Neighbours or shared values?"), ("language", "en"), ("country", "Ireland"), ("control_text", ""),
                ("message1_label", "Neighbour"), ("message1_text", messages[0]), ("message2_label", "Values"),
                ("message2_text", messages[1]), ("item_imbgeco", "after"), ("item_imueclt", ""), ("item_imwbcnt", ""),
                ("item_imdfetn", ""), ("item_impcntr", ""),
                ("segments", "Where do you live? | A city | A town | The countryside"),
                ("likert", "People who move here make our town a better place."), ("behaviour", behaviour),
                ("behaviour_text", behaviour == "share" ? "https://example.org/share" : "I will welcome a new neighbour this month."),
            ] + extra)
        XCTAssertEqual(created.status, .found, created.body)
        let id = try XCTUnwrap(UUID(uuidString: String(try XCTUnwrap(created.location).split(separator: "/").last ?? "")))
        return id
    }

    static func open(_ browser: TestBrowser, _ id: UUID) async throws {
        let manage = "/en/staff/message-tests/\(id.uuidString.lowercased())"
        let opened = try await browser.submit(manage, to: manage + "/status", [("status", "open")])
        XCTAssertEqual(opened.status, .found)
    }

    func testARespondentTakesPartStepByStepWithoutAnAccount() async throws {
        try await withTestApp { browser, services in
            let id = try await Self.create(browser, services: services)
            let path = "/en/tests/\(id.uuidString.lowercased())"
            browser.forgetCookies()
            let draft = try await browser.get(path)
            XCTAssertTrue(draft.contains("This survey is not taking answers at the moment."), "a draft takes no respondents")
            try await browser.signIn("lina@example.org", Fixtures.staffPassword)
            try await Self.open(browser, id)
            browser.forgetCookies()

            let consent = try await browser.get(path)
            XCTAssertTrue(consent.contains("We do not ask for your name"))
            XCTAssertFalse(consent.contains("Neighbours or shared values?"), "respondents do not see what staff call the test")
            let started = try await browser.post(path, [("step", "consent")], csrf: consent.csrf)
            XCTAssertEqual(started.location, path)
            XCTAssertNotNil(browser.cookies["together_participant"])

            let before = try await browser.get(path)
            XCTAssertTrue(before.contains("Where do you live?"))
            XCTAssertFalse(before.contains("Would you say"), "outcomes come after the message")
            let unanswered = try await browser.post(path, [("step", "before")], csrf: before.csrf)
            XCTAssertEqual(unanswered.status, .unprocessableContent)
            XCTAssertTrue(unanswered.contains("Please choose an answer, or &quot;Don&#39;t know&quot;."), unanswered.body)
            let outOfRange = try await browser.post(path, [("step", "before"), ("q0", "42")], csrf: before.csrf)
            XCTAssertEqual(outOfRange.status, .unprocessableContent, "only the question's answers are accepted")
            try await browser.post(path, [("step", "before"), ("q0", "2")], csrf: before.csrf)

            let first = try await MessageTestRespondentRecord.query(on: services.store.database).first()
            let respondent = try XCTUnwrap(first)
            var page = try await browser.get(path)
            if respondent.arm != 0 {
                XCTAssertTrue(page.contains(Self.messages[respondent.arm - 1].replacingOccurrences(of: "'", with: "&#39;")), page.body)
                page = try await browser.post(path, [("step", "message")], csrf: page.csrf)
                page = try await browser.get(path)
            }
            XCTAssertTrue(page.contains("Would you say it is generally bad or good for Ireland&#39;s economy"), page.body)
            XCTAssertTrue(page.contains("Strongly agree"))
            // A stale form (the back button) does not save anything: the respondent is shown where they are.
            let stale = try await browser.post(path, [("step", "before"), ("q0", "1")], csrf: page.csrf)
            XCTAssertEqual(stale.location, path)
            try await browser.post(path, [("step", "after"), ("q1", "88"), ("q2", "4")], csrf: page.csrf)

            let action = try await browser.get(path)
            XCTAssertTrue(action.contains("I will welcome a new neighbour this month."))
            try await browser.post(path, [("step", "action"), ("act", "yes")], csrf: action.csrf)
            let done = try await browser.get(path)
            XCTAssertTrue(done.contains("Your signature is counted."))

            let last = try await MessageTestRespondentRecord.query(on: services.store.database).first()
            let saved = try XCTUnwrap(last)
            XCTAssertEqual(saved.behaviour, 1)
            XCTAssertNotNil(saved.completedAt)
            let answers = try await MessageTestAnswerRecord.query(on: services.store.database).sort(\.$questionNumber).all()
            XCTAssertEqual(answers.map(\.value), [2, 88, 4], "don't know is kept as its ESS code, 88")
            XCTAssertFalse(saved.keyHash.contains(browser.cookies["together_participant"]!), "only a hash of the browser's key is stored")
        }
    }

    func testAssignmentIsBalancedRecordedByTheSeedAndNeverRedrawn() async throws {
        try await withTestApp { browser, services in
            let id = try await Self.create(browser, services: services)
            try await Self.open(browser, id)
            let path = "/en/tests/\(id.uuidString.lowercased())"
            for _ in 0..<30 {
                browser.forgetCookies()
                let consent = try await browser.get(path)
                try await browser.post(path, [("step", "consent")], csrf: consent.csrf)
                // Starting again from the same browser finds the same respondent.
                try await browser.post(path, [("step", "consent")], csrf: consent.csrf)
            }
            let respondents = try await MessageTestRespondentRecord.query(on: services.store.database).sort(\.$number).all()
            XCTAssertEqual(respondents.count, 30)
            XCTAssertEqual(Dictionary(grouping: respondents, by: \.arm).mapValues(\.count), [0: 10, 1: 10, 2: 10])
            let found = try await MessageTestRecord.find(id, on: services.store.database)
            let test = try XCTUnwrap(found)
            let assignment = try BalancedAssignment(arms: 3, seed: UInt64(bitPattern: test.seed))
            XCTAssertEqual(
                respondents.map(\.arm), respondents.map { assignment.arm(for: $0.number) }, "the recorded seed reproduces every arm")
        }
    }

    func testResultsShowEffectsWithIntervalsAndExportTheSameNumbers() async throws {
        try await withTestApp { browser, services in
            let id = try await Self.create(browser, services: services)
            try await Self.open(browser, id)
            let expected = try await Self.seedAnswers(services, testID: id, perArm: 40)
            let results = try await browser.get("/en/staff/message-tests/\(id.uuidString.lowercased())/results")
            XCTAssertEqual(results.status, .ok)
            XCTAssertTrue(results.contains("<svg"), "a forest plot")
            XCTAssertTrue(results.contains("Effect of each message on imbgeco, with 95% intervals"))
            XCTAssertTrue(results.contains("Attitudes and actions side by side"))
            XCTAssertTrue(results.contains("The smallest group has 40 finished answers."), "a plain warning about small groups")
            XCTAssertTrue(results.contains("Within segments"))
            let neighbour = try XCTUnwrap(expected.first { $0.arm == 1 })
            let estimate = String(format: "%.2f", neighbour.estimate.estimate)
            XCTAssertTrue(results.contains("\(estimate) ("), "the difference in means for message 1 is \(estimate)")

            let json = try await browser.get("/en/staff/message-tests/\(id.uuidString.lowercased())/results.json")
            XCTAssertEqual(json.headers[.contentType], "application/json; charset=utf-8")
            let document = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.body.utf8)) as? [String: Any])
            let report = try XCTUnwrap(document["results"] as? [String: Any])
            let means = try XCTUnwrap(report["difference_in_means"] as? [[String: Any]])
            let imbgeco = try XCTUnwrap(means.first { $0["outcome"] as? String == "imbgeco" && $0["arm"] as? Int == 1 })
            XCTAssertEqual(try XCTUnwrap(imbgeco["estimate"] as? Double), neighbour.estimate.estimate, accuracy: 1e-12)
            XCTAssertNotNil(report["multiple_comparisons"])
            let seed = try await Self.seed(services, id)
            XCTAssertEqual(document["seed"] as? String, String(UInt64(bitPattern: seed)))

            let csv = try await browser.get("/en/staff/message-tests/\(id.uuidString.lowercased())/responses.csv")
            let lines = csv.body.split(separator: "\r\n")
            XCTAssertEqual(lines.first, "respondent,arm,arm_label,q0,imbgeco,q2,action,completed")
            XCTAssertEqual(lines.count, 121)

            let target = try await browser.get("/en/staff/message-tests/\(id.uuidString.lowercased())/results?outcome=imbgeco&target=0.05")
            XCTAssertTrue(target.contains("To detect 0.05, a test needs about"))
            XCTAssertTrue(
                target.contains("this target needs more respondents"), "0.05 on a 0–10 scale is below what 120 answers can detect")
        }
    }

    func testBadDesignsAreRefusedWithAReason() async throws {
        try await withTestApp { browser, services in
            try await services.accounts.createUser(
                email: "lina@example.org", name: "Lina", role: .facilitator, password: Fixtures.staffPassword)
            try await browser.signIn("lina@example.org", Fixtures.staffPassword)
            let cases: [([(String, String)], String)] = [
                ([("title", "T"), ("language", "en"), ("country", "Ireland")], "Add at least one message or story beside the control."),
                (
                    [
                        ("title", "T"), ("language", "en"), ("country", "Ireland"), ("message1_text", "Hello"),
                        ("segments", "Only one? | Yes"),
                    ],
                    "Each segment question needs two to six answers"
                ),
                (
                    [
                        ("title", "T"), ("language", "en"), ("country", "Ireland"), ("message1_text", "Hello"), ("item_imbgeco", "after"),
                        ("behaviour", "share"), ("behaviour_text", "javascript:alert(1)"),
                    ], "starting with https://."
                ),
                ([("title", "T"), ("language", "xx"), ("country", "Ireland"), ("message1_text", "Hello")], "Choose the language"),
                (
                    [("title", "T"), ("language", "en"), ("country", "Ireland"), ("message1_text", "Hello"), ("behaviour", "none")],
                    "Ask at least one question after the message, or offer a real action."
                ),
            ]
            for (fields, message) in cases {
                let page = try await browser.submit("/en/staff/message-tests", to: "/en/staff/message-tests/new", fields)
                XCTAssertEqual(page.status, .unprocessableContent, message)
                XCTAssertTrue(page.body.contains(message), "\(message)\n\(page.body)")
            }
            let count = try await MessageTestRecord.query(on: services.store.database).count()
            XCTAssertEqual(count, 0)
        }
    }

    func testAClosedTestTakesNoNewRespondentsAndResearchersReadResultsOnly() async throws {
        try await withTestApp { browser, services in
            let id = try await Self.create(browser, services: services)
            let manage = "/en/staff/message-tests/\(id.uuidString.lowercased())"
            try await Self.open(browser, id)
            try await browser.submit(manage, to: manage + "/status", [("status", "closed")])
            browser.forgetCookies()
            let path = "/en/tests/\(id.uuidString.lowercased())"
            let page = try await browser.get(path)
            XCTAssertNil(page.csrf, "a closed test offers no form")
            let anyForm = try await browser.get("/en/check")
            let refused = try await browser.post(path, [("step", "consent")], csrf: anyForm.csrf)
            XCTAssertEqual(refused.status, .conflict)
            XCTAssertTrue(refused.contains("This survey is not taking answers at the moment."))
            let count = try await MessageTestRespondentRecord.query(on: services.store.database).count()
            XCTAssertEqual(count, 0)

            try await services.accounts.createUser(
                email: "ines@example.org", name: "Ines", role: .researcher, password: Fixtures.staffPassword)
            try await browser.signIn("ines@example.org", Fixtures.staffPassword)
            expectEqual(try await browser.get(manage + "/results").status, .ok)
            expectEqual(try await browser.get(manage).status, .forbidden)
            let list = try await browser.get("/en/staff/message-tests")
            XCTAssertFalse(list.contains("Create the test"), "researchers read results; they do not build tests")
            let create = try await browser.post("/en/staff/message-tests/new", [("title", "X")], csrf: list.csrf)
            XCTAssertEqual(create.status, .forbidden)
            browser.forgetCookies()
            expectEqual(try await browser.get(manage + "/responses.csv").status, .seeOther, "anonymous visitors are sent to sign in")
        }
    }

    /// A new respondent's way to the questions after the message: consent, then the message if there is one.
    static func questions(of test: UUID, _ browser: TestBrowser) async throws -> TestBrowser.Page {
        let path = "/en/tests/\(test.uuidString.lowercased())"
        let consent = try await browser.get(path)
        try await browser.post(path, [("step", "consent")], csrf: consent.csrf)
        var page = try await browser.get(path)
        if page.contains("name=\"step\" value=\"message\"") {
            try await browser.post(path, [("step", "message")], csrf: page.csrf)
            page = try await browser.get(path)
        }
        return page
    }

    func testTheItemBankSpeaksEveryLanguageWithTheCountryInPlace() async throws {
        try await withTestApp { browser, services in
            let cases = [
                ("fr", "la Belgique", "l&#39;économie de la Belgique", "Je ne sais pas"),
                ("es", "México", "la economía de México", "No lo sé"),
                ("ar", "الأردن", "لاقتصاد الأردن", "لا أعرف"),
                // The ESS national questionnaires' own words, for the country they were written for.
                ("fr", "la France", "c&#39;est mauvais ou bon pour l&#39;économie française", "Je ne sais pas"),
                ("fr", "France", "des gens d&#39;une origine ethnique différente de la plupart des Français", "Je ne sais pas"),
                ("es", "España", "para la economía española, es bueno o es malo", "No lo sé"),
                ("es", "españa", "No se debería permitir que ninguno viniera a vivir aquí", "No lo sé"),
            ]
            for (language, country, question, dontKnow) in cases {
                var draft = MessageTestDraft()
                draft.title = "Items in \(language)"
                draft.language = language
                draft.country = country
                draft.arms = [.init(label: "0", text: "", storyID: nil), .init(label: "1", text: "Texte", storyID: nil)]
                draft.questions = [.init(phase: .after, item: "imbgeco"), .init(phase: .after, item: "imdfetn")]
                XCTAssertNil(draft.problem)
                let id = try await services.messageTests.create(draft)
                let found = try await MessageTestRecord.find(id, on: services.store.database)
                let test = try XCTUnwrap(found)
                try await services.messageTests.setStatus(test, .open)
                browser.forgetCookies()
                let page = try await Self.questions(of: id, browser)
                XCTAssertTrue(page.contains(question), "\(language): \(page.body)")
                XCTAssertTrue(page.contains(dontKnow))
                XCTAssertTrue(page.contains("lang=\"\(language)\""), "questions are marked with their language")
                XCTAssertTrue(page.contains("value=\"8\""), "four-point items code don't know as 8")
            }
        }
    }

    func testTheWordingIsFixedWhenATestIsCreated() async throws {
        try await withTestApp { browser, services in
            var draft = MessageTestDraft()
            draft.title = "Wording"
            draft.language = "fr"
            draft.country = "la France"
            draft.arms = [.init(label: "0", text: "", storyID: nil), .init(label: "1", text: "Texte", storyID: nil)]
            draft.questions = [.init(phase: .after, item: "imbgeco")]
            let id = try await services.messageTests.create(draft)
            let test = try await XCTUnwrapAsync(try await MessageTestRecord.find(id, on: services.store.database))
            XCTAssertEqual(test.essWording, "FR")
            try await Fixtures.admin(services)
            try await browser.signIn(Fixtures.adminEmail, Fixtures.adminPassword)
            let staff = try await browser.get("/en/staff/message-tests/\(id.uuidString.lowercased())")
            XCTAssertTrue(staff.contains("ESS round 6 (2012), France"), "staff see which questionnaire the items follow")
            // A test created before national versions existed keeps the wording it was fielded with.
            test.essWording = ""
            try await test.save(on: services.store.database)
            try await services.messageTests.setStatus(test, .open)
            browser.forgetCookies()
            let page = try await Self.questions(of: id, browser)
            XCTAssertTrue(page.contains("l&#39;économie de la France"), page.body)
        }
    }

    func testAStoryIsAMessageOnlyWhileItsTellerAllowsCampaignUse() async throws {
        try await withTestApp { browser, services in
            let moderator: HTTPFields = [
                .authorization: "Bearer \(try await services.accounts.createAPIToken(name: "amal", role: .moderator))"
            ]
            var allowed = StoriesAPITests.submission(title: "Choir on Thursdays", body: "We sing together in the town hall.")
            allowed["language"] = "en"
            allowed["consent"] = ["publish": true, "campaigns": true]
            var notAllowed = StoriesAPITests.submission(title: "Bread at dawn", body: "The ovens are warm by five.")
            notAllowed["language"] = "en"
            notAllowed["consent"] = ["publish": true]
            let story = try await TestStories.publish(allowed, browser: browser, moderator: moderator)
            let other = try await TestStories.publish(notAllowed, browser: browser, moderator: moderator)

            try await services.accounts.createUser(
                email: "lina@example.org", name: "Lina", role: .facilitator, password: Fixtures.staffPassword)
            try await browser.signIn("lina@example.org", Fixtures.staffPassword)
            let form = try await browser.get("/en/staff/message-tests")
            XCTAssertTrue(form.contains("Choir on Thursdays"))
            XCTAssertFalse(form.contains("Bread at dawn"), "only stories whose tellers allow campaign use are offered")
            let base: [(String, String)] = [("title", "Story test"), ("language", "en"), ("country", "Ireland"), ("item_imbgeco", "after")]
            let refused = try await browser.post("/en/staff/message-tests/new", base + [("story", other.id)], csrf: form.csrf)
            XCTAssertEqual(refused.status, .unprocessableContent)
            XCTAssertTrue(refused.contains("its teller has not allowed campaign use"))
            let created = try await browser.post("/en/staff/message-tests/new", base + [("story", story.id)], csrf: form.csrf)
            let id = try XCTUnwrap(UUID(uuidString: String(try XCTUnwrap(created.location).split(separator: "/").last ?? "")))
            try await Self.open(browser, id)

            // The teller takes back campaign use: the story leaves the running test at once.
            expectEqual(
                try await browser.json("/api/v1/my-story/consent", method: .post, ["publish": true], headers: story.teller).status, .ok)
            let manage = try await browser.get("/en/staff/message-tests/\(id.uuidString.lowercased())")
            XCTAssertTrue(manage.contains("This story is no longer published or its teller no longer allows campaign use"))
            let path = "/en/tests/\(id.uuidString.lowercased())"
            var sawMessageStep = false
            for _ in 0..<2 {
                browser.forgetCookies()
                let consent = try await browser.get(path)
                try await browser.post(path, [("step", "consent")], csrf: consent.csrf)
                let page = try await browser.get(path)
                if page.contains("name=\"step\" value=\"message\"") {
                    sawMessageStep = true
                    XCTAssertTrue(page.contains("This text is no longer available."))
                    XCTAssertFalse(page.contains("We sing together"))
                }
            }
            XCTAssertTrue(sawMessageStep, "one of two respondents is in the story's group")
        }
    }

    func testComingToAGatheringIsTheRealActionAndHoldsAPlace() async throws {
        try await withTestApp { browser, services in
            var plan = GatheringPlan()
            plan.title = "Football, then tea"
            plan.category = "sport"
            plan.hosts = [("Ana", "host"), ("Samir", "newcomer")]
            plan.venue = "Riverside pitch"
            plan.start = "2031-07-01T18:30"
            plan.end = "2031-07-01T20:00"
            plan.timeZone = "Europe/Madrid"
            plan.capacity = "10"
            let gathering = try plan.gathering(id: UUID(), now: Date()).get()
            try await services.gatherings.create(gathering)
            let id = try await Self.create(
                browser, services: services, extra: [("gathering", gathering.id.uuidString)], behaviour: "rsvp")
            try await Self.open(browser, id)
            browser.forgetCookies()
            let path = "/en/tests/\(id.uuidString.lowercased())"
            let consent = try await browser.get(path)
            try await browser.post(path, [("step", "consent")], csrf: consent.csrf)
            var page = try await browser.get(path)
            // Bounded: the steps before the action.
            for _ in 0..<4 {
                guard let step = ["before", "message", "after"].first(where: { page.contains("name=\"step\" value=\"\($0)\"") }) else {
                    break
                }
                let answers: [(String, String)] = step == "before" ? [("q0", "1")] : step == "after" ? [("q1", "7"), ("q2", "4")] : []
                try await browser.post(path, [("step", step)] + answers, csrf: page.csrf)
                page = try await browser.get(path)
            }
            XCTAssertTrue(page.contains("Would you like to come to &quot;Football, then tea&quot;"), page.body)
            let done = try await browser.post(path, [("step", "action"), ("act", "yes")], csrf: page.csrf)
            XCTAssertTrue(done.contains("Keep this private code."), done.body)
            let record = try await GatheringRecord.find(gathering.id, on: services.store.database)
            XCTAssertEqual(record?.taken, 1, "the place is really held")
            let respondent = try await MessageTestRespondentRecord.query(on: services.store.database).first()
            XCTAssertEqual(respondent?.behaviour, 1)
        }
    }

    func testAStepSubmittedTwiceAtOnceIsSavedOnce() async throws {
        try await withTestApp { browser, services in
            let id = try await Self.create(browser, services: services)
            let found = try await MessageTestRecord.find(id, on: services.store.database)
            let test = try XCTUnwrap(found)
            try await services.messageTests.setStatus(test, .open)
            let respondent = try await services.messageTests.start(test, keyHash: "k", armCount: 3) { _ in
                RespondentStep.Plan(asksBefore: true, showsMessage: false, asksAfter: true, offersAction: true)
            }
            let applied = await withTaskGroup(of: Bool.self) { group in
                for value in 1...3 {
                    group.addTask {
                        (try? await services.messageTests.answer(respondent, step: .before, answers: [0: value], next: .after)) ?? false
                    }
                }
                return await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            XCTAssertEqual(applied.filter { $0 }.count, 1, "one of three identical submissions is saved")
            let answers = try await MessageTestAnswerRecord.query(on: services.store.database).count()
            XCTAssertEqual(answers, 1)
        }
    }

    // MARK: - Helpers

    static func seed(_ services: AppServices, _ id: UUID) async throws -> Int64 {
        let test = try await MessageTestRecord.find(id, on: services.store.database)
        return try XCTUnwrap(test).seed
    }

    /// Fills a test with finished respondents: imbgeco higher for message 1, the Likert item higher
    /// for message 2, pledges more often after either; returns the engine's difference in means on imbgeco.
    static func seedAnswers(_ services: AppServices, testID: UUID, perArm: Int, arms: Int = 3, from first: Int = 0) async throws -> [(
        arm: Int, estimate: Estimate
    )] {
        let database = services.store.database
        var values: [Int: [Double]] = [:]
        for number in first..<(first + arms * perArm) {
            let arm = number % arms
            let respondent = MessageTestRespondentRecord(testID: testID, number: number, keyHash: "k\(number)", arm: arm, step: "done")
            respondent.behaviour = (number / 3) % (arm == 0 ? 4 : 2) == 0 ? 1 : 0
            respondent.completedAt = Date()
            try await respondent.create(on: database)
            let imbgeco = (number * 7) % 11 / 2 + (arm == 1 ? 3 : 2)
            values[arm, default: []].append(Double(imbgeco))
            for (question, value) in [(0, 1 + (number / 3) % 3), (1, imbgeco), (2, min(5, 2 + (number / 3) % 3 + (arm == 2 ? 1 : 0)))] {
                try await MessageTestAnswerRecord(testID: testID, respondentNumber: number, questionNumber: question, value: value).create(
                    on: database)
            }
        }
        return (1..<arms).map { arm in (arm, DifferenceInMeans.estimate(treated: values[arm]!, control: values[0]!)!.estimate) }
    }
}
