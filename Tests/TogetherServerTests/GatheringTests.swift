import FluentKit
import Foundation
import Gatherings
import TogetherStore
import XCTest

@testable import TogetherServer

/// Co-hosted gatherings: organisers plan them, anyone reserves a place without an account and can
/// cancel with a private code, capacity holds, calendars read them.
final class GatheringTests: XCTestCase {
    static func plan(_ extra: [(String, String)] = []) -> [(String, String)] {
        [
            ("title", "Soup and songs"), ("description", "Bring a bowl, or a song."), ("category", "food"),
            ("venue", "The community garden behind the library"), ("start", "2031-06-05T18:00"), ("end", "2031-06-05T21:00"),
            ("time_zone", "Europe/Berlin"), ("languages", "de"), ("languages", "ar"), ("accessibility", "Step-free entrance"),
            ("capacity", "3"), ("cost", ""), ("host1_name", "Greta"), ("host1_community", "host"), ("host2_name", "Yusuf"),
            ("host2_community", "newcomer"),
        ] + extra
    }

    /// Plans a gathering through the staff form as a facilitator; returns its id.
    static func create(_ browser: TestBrowser, services: AppServices, _ fields: [(String, String)] = plan()) async throws -> UUID {
        try await services.accounts.createUser(
            email: "rosa@example.org", name: "Rosa", role: .facilitator, password: Fixtures.staffPassword)
        try await browser.signIn("rosa@example.org", Fixtures.staffPassword)
        let created = try await browser.submit("/en/staff/gatherings", to: "/en/staff/gatherings/new", fields)
        XCTAssertEqual(created.status, .found, created.body)
        browser.forgetCookies()
        return try XCTUnwrap(UUID(uuidString: String(try XCTUnwrap(created.location).split(separator: "/").last ?? "")))
    }

    func testAnyoneReservesWithoutAnAccountAndCancelsWithTheCode() async throws {
        try await withTestApp { browser, services in
            let id = try await Self.create(browser, services: services)
            let list = try await browser.get("/en/gatherings")
            XCTAssertTrue(list.contains("Soup and songs"))
            XCTAssertTrue(list.contains("Organised by Greta, Yusuf"))
            let path = "/en/gatherings/\(id.uuidString.lowercased())"
            let page = try await browser.get(path)
            XCTAssertTrue(page.contains("June 5, 2031 at 6:00"), "the time as it is in Berlin: \(page.body)")
            XCTAssertTrue(page.contains("(Europe/Berlin time)"))
            XCTAssertTrue(page.contains("Places left: 3"))
            XCTAssertTrue(page.contains("Free"))
            let reserved = try await browser.post(path + "/rsvp", [("name", "Lea"), ("places", "2")], csrf: page.csrf)
            XCTAssertEqual(reserved.status, .ok)
            XCTAssertTrue(reserved.contains("You are on the list"))
            XCTAssertTrue(reserved.contains("Places left: 1"))
            let code = try XCTUnwrap(
                reserved.body.range(of: #"[0-9A-Z]{5}(-[0-9A-Z]{1,5}){5}"#, options: .regularExpression).map { String(reserved.body[$0]) })
            let stored = try await GatheringRSVPRecord.query(on: services.store.database).all()
            XCTAssertEqual(stored.map(\.name), ["Lea"])
            XCTAssertFalse(stored[0].codeHash.contains(code.replacingOccurrences(of: "-", with: "")), "only a hash of the code is kept")

            let tooMany = try await browser.post(path + "/rsvp", [("places", "2")], csrf: page.csrf)
            XCTAssertEqual(tooMany.status, .conflict)
            XCTAssertTrue(tooMany.contains("Sorry, all places are taken."))

            let cancelPage = try await browser.get("/en/gatherings/cancel")
            let cancelled = try await browser.post("/en/gatherings/cancel", [("code", code.lowercased())], csrf: cancelPage.csrf)
            XCTAssertTrue(cancelled.contains("Your reservation for &quot;Soup and songs&quot; is cancelled"), cancelled.body)
            let freed = try await browser.get(path)
            XCTAssertTrue(freed.contains("Places left: 3"), "its places are free again")
            let again = try await browser.post("/en/gatherings/cancel", [("code", code)], csrf: cancelPage.csrf)
            XCTAssertEqual(again.status, .unprocessableContent)
            XCTAssertTrue(again.contains("This reservation was already cancelled."))
            let unknown = try await browser.post("/en/gatherings/cancel", [("code", "not a code")], csrf: cancelPage.csrf)
            XCTAssertTrue(unknown.contains("No reservation has this code."))
        }
    }

    func testCapacityHoldsWhenManyReserveAtTheSameMoment() async throws {
        try await withTestApp { browser, services in
            let id = try await Self.create(browser, services: services)
            let found = try await services.gatherings.gathering(id)
            let listed = try XCTUnwrap(found)
            let results = await withTaskGroup(of: Bool.self) { group in
                for _ in 0..<20 {
                    group.addTask { (try? await services.gatherings.rsvp(listed, name: "", places: 1)) != nil }
                }
                return await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            XCTAssertEqual(results.filter { $0 }.count, 3, "three places, three reservations")
            let stored = try await GatheringRecord.find(id, on: services.store.database)
            let record = try XCTUnwrap(stored)
            XCTAssertEqual(record.taken, 3)
            let count = try await GatheringRSVPRecord.query(on: services.store.database).count()
            XCTAssertEqual(count, 3)
        }
    }

    func testNoPlaceIsTakenAtAGatheringCalledOffMeanwhile() async throws {
        try await withTestApp { browser, services in
            let id = try await Self.create(browser, services: services)
            let found = try await services.gatherings.gathering(id)
            let seenBefore = try XCTUnwrap(found)
            let reloaded = try await services.gatherings.gathering(id)
            try await services.gatherings.cancelGathering(try XCTUnwrap(reloaded))
            do {
                _ = try await services.gatherings.rsvp(seenBefore, name: "", places: 1)
                XCTFail("a place was taken at a gathering called off")
            } catch let error as GatheringError {
                XCTAssertEqual(error, .cancelled)
            }
            let record = try await GatheringRecord.find(id, on: services.store.database)
            XCTAssertEqual(record?.taken, 0)
        }
    }

    func testBadPlansAreRefusedWithEveryReasonInTheReadersLanguage() async throws {
        try await withTestApp { browser, services in
            try await services.accounts.createUser(
                email: "rosa@example.org", name: "Rosa", role: .facilitator, password: Fixtures.staffPassword)
            try await browser.signIn("rosa@example.org", Fixtures.staffPassword)
            var fields = Self.plan().filter { !["start", "end", "time_zone", "host2_community"].contains($0.0) }
            fields += [
                ("start", "2020-01-01T10:00"), ("end", "2019-12-31T10:00"), ("time_zone", "Europe/Berlin"), ("host2_community", "host"),
            ]
            let page = try await browser.submit("/en/staff/gatherings", to: "/en/staff/gatherings/new", fields)
            XCTAssertEqual(page.status, .unprocessableContent)
            for message in [
                "The start is in the past.", "The end comes before the start.", "one has lived here a long time and one came more recently",
            ] {
                XCTAssertTrue(page.contains(message), message)
            }
            var zone = Self.plan().filter { $0.0 != "time_zone" }
            zone.append(("time_zone", "Atlantis/Capital"))
            let french = try await browser.submit("/fr/staff/gatherings", to: "/fr/staff/gatherings/new", zone)
            XCTAssertEqual(french.status, .unprocessableContent)
            XCTAssertFalse(french.contains("That time zone is not known"), "said in French, not English")
            let count = try await GatheringRecord.query(on: services.store.database).count()
            XCTAssertEqual(count, 0)
        }
    }

    func testOrganisersRecordWhoCameAndThePublicPageCountsIt() async throws {
        try await withTestApp { browser, services in
            let id = try await Self.create(browser, services: services)
            // Move it into the past, as if it had happened.
            let stored = try await GatheringRecord.find(id, on: services.store.database)
            let record = try XCTUnwrap(stored)
            record.startsAt = Date(timeIntervalSinceNow: -7200)
            record.endsAt = Date(timeIntervalSinceNow: -3600)
            try await record.save(on: services.store.database)
            try await browser.signIn("rosa@example.org", Fixtures.staffPassword)
            let manage = "/en/staff/gatherings/\(id.uuidString.lowercased())"
            let bad = try await browser.submit(manage, to: manage + "/attendance", [("attendance", "-4")])
            XCTAssertEqual(bad.status, .unprocessableContent)
            let saved = try await browser.submit(manage, to: manage + "/attendance", [("attendance", "27")])
            XCTAssertEqual(saved.status, .found)
            browser.forgetCookies()
            let list = try await browser.get("/en/gatherings")
            XCTAssertTrue(
                list.contains("gatherings held: 1; organised together by a long-time resident and a newcomer: 1; people who came: 27"),
                list.body)
            let closed = try await browser.get("/en/gatherings/\(id.uuidString.lowercased())")
            XCTAssertTrue(closed.contains("already started"))
        }
    }

    func testCalendarsReadOneGatheringOrAll() async throws {
        try await withTestApp { browser, services in
            let id = try await Self.create(browser, services: services)
            let one = try await browser.get("/calendar/gatherings/\(id.uuidString.lowercased())")
            XCTAssertEqual(one.headers[.contentType], "text/calendar; charset=utf-8")
            XCTAssertTrue(one.body.contains("DTSTART:20310605T160000Z\r\n"), "18:00 in Berlin in summer is 16:00 UTC")
            XCTAssertTrue(one.body.contains("SUMMARY;LANGUAGE=en:Soup and songs\r\n"), "written on the English page, so in English")
            let all = try await browser.get("/calendar/gatherings.ics")
            XCTAssertEqual(all.body.components(separatedBy: "BEGIN:VEVENT").count - 1, 1)
            let page = try await browser.get("/en/gatherings/\(id.uuidString.lowercased())")
            XCTAssertTrue(page.contains("calendar.google.com/calendar/render?action=TEMPLATE"))
        }
    }

    func testATitleWrittenInArabicIsMarkedAsArabicOnEveryPage() async throws {
        try await withTestApp { browser, services in
            let arabic = ["title": "حساء وأغانٍ", "description": "أحضروا وعاءً أو أغنية."]
            let fields = Self.plan([("text_language", "ar")]).map { name, value in (name, arabic[name] ?? value) }
            let id = try await Self.create(browser, services: services, fields)
            let path = "/en/gatherings/\(id.uuidString.lowercased())"
            let page = try await browser.get(path)
            XCTAssertTrue(page.contains(#"<h1 lang="ar" dir="rtl">حساء وأغانٍ</h1>"#), page.body)
            XCTAssertTrue(page.contains(#"<p lang="ar" dir="rtl">أحضروا وعاءً أو أغنية.</p>"#))
            let list = try await browser.get("/en/gatherings")
            XCTAssertTrue(list.contains(#"<h2 lang="ar" dir="rtl">"#))
            let calendar = try await browser.get("/calendar/gatherings/\(id.uuidString.lowercased())")
            XCTAssertTrue(calendar.body.contains("SUMMARY;LANGUAGE=ar:"))
            try await browser.signIn("rosa@example.org", Fixtures.staffPassword)
            let staff = try await browser.get("/en/staff/gatherings")
            XCTAssertTrue(staff.contains(#"lang="ar" dir="rtl">حساء وأغانٍ</a>"#), staff.body)
            XCTAssertTrue(
                staff.contains(#"<option value="en" selected>"#), "the page's language is chosen until the organiser picks another")
        }
    }

    func testALanguageTheFormDoesNotOfferBecomesThePagesOwn() async throws {
        try await withTestApp { browser, services in
            let id = try await Self.create(browser, services: services, Self.plan([("text_language", #"en" onmouseover="x"#)]))
            let page = try await browser.get("/en/gatherings/\(id.uuidString.lowercased())")
            XCTAssertTrue(page.contains(#"<h1 lang="en" dir="ltr">Soup and songs</h1>"#), page.body)
        }
    }

    func testAnotherLanguageMarksNothing() async throws {
        try await withTestApp { browser, services in
            let id = try await Self.create(browser, services: services, Self.plan([("text_language", "")]))
            let page = try await browser.get("/en/gatherings/\(id.uuidString.lowercased())")
            XCTAssertTrue(page.contains("<h1>Soup and songs</h1>"), "no lang: the page's language is the best guess")
            let calendar = try await browser.get("/calendar/gatherings/\(id.uuidString.lowercased())")
            XCTAssertTrue(calendar.body.contains("SUMMARY:Soup and songs\r\n"))
        }
    }

    func testOnlyStaffWhoRunEventsPlanThem() async throws {
        try await withTestApp { browser, services in
            expectEqual(try await browser.get("/en/staff/gatherings").status, .seeOther)
            try await services.accounts.createUser(
                email: "ines@example.org", name: "Ines", role: .researcher, password: Fixtures.staffPassword)
            try await browser.signIn("ines@example.org", Fixtures.staffPassword)
            expectEqual(try await browser.get("/en/staff/gatherings").status, .forbidden)
        }
    }
}
