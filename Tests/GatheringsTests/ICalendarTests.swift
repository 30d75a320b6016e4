import Foundation
import XCTest

@testable import Gatherings

final class ICalendarTests: XCTestCase {
    func testTextIsEscapedAndLongLinesFoldWithoutSplittingACharacter() {
        XCTAssertEqual(ICalendar.text("Soup, songs; and \\ more\nbring a cup"), "Soup\\, songs\\; and \\\\ more\\nbring a cup")
        let long = "DESCRIPTION:" + String(repeating: "حساء ", count: 40)
        let folded = ICalendar.fold(long)
        for line in folded.components(separatedBy: "\r\n") { XCTAssertLessThanOrEqual(line.utf8.count, 75) }
        XCTAssertEqual(folded.replacingOccurrences(of: "\r\n ", with: ""), long, "unfolding gives the line back")
    }

    let now = ISO8601DateFormatter().date(from: "2026-11-30T12:00:00Z")!

    func footballPlan() -> GatheringPlan {
        var plan = GatheringPlan()
        plan.title = "Football, then tea"
        plan.category = "sport"
        plan.hosts = [("Ana", "host"), ("Samir", "newcomer")]
        plan.venue = "Riverside pitch"
        plan.start = "2027-07-01T18:30"
        plan.end = "2027-07-01T20:00"
        plan.timeZone = "Europe/Madrid"
        return plan
    }

    func testADocumentHasOneEventPerGatheringInUTC() throws {
        let gathering = try footballPlan().gathering(id: UUID(uuidString: "00000000-0000-0000-0000-000000000001")!, now: now).get()
        let document = ICalendar.document(
            [gathering], name: "Gatherings", domain: "together.example", stamp: now,
            url: { _ in "https://together.example/en/gatherings/1" })
        XCTAssertTrue(document.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        XCTAssertTrue(document.contains("DTSTART:20270701T163000Z\r\n"), "18:30 in Madrid in summer is 16:30 UTC")
        XCTAssertTrue(document.contains("SUMMARY:Football\\, then tea\r\n"))
        XCTAssertTrue(document.contains("UID:00000000-0000-0000-0000-000000000001@together.example\r\n"))
        XCTAssertTrue(document.hasSuffix("END:VCALENDAR\r\n"))
        XCTAssertTrue(CalendarLinks.google(gathering, details: "").contains("dates=20270701T163000Z/20270701T180000Z"))
    }

    func testTheTextLanguageIsCarriedAndOnlyACodeIsAccepted() throws {
        var plan = footballPlan()
        plan.title = "حساء وأغانٍ"
        plan.textLanguage = " AR "
        let gathering = try plan.gathering(id: UUID(), now: now).get()
        XCTAssertEqual(gathering.textLanguage, "ar")
        let document = ICalendar.document([gathering], name: "Gatherings", domain: "together.example", stamp: now, url: { _ in "u" })
        XCTAssertTrue(document.contains("SUMMARY;LANGUAGE=ar:حساء وأغانٍ\r\n"), document)
        XCTAssertTrue(document.contains("DESCRIPTION;LANGUAGE=ar:"))
        for unusable in ["ar\"x", "ar;LANGUAGE", "arabic", "a", ""] {
            plan.textLanguage = unusable
            XCTAssertEqual(try plan.gathering(id: UUID(), now: now).get().textLanguage, "", unusable)
        }
        var stored = gathering
        stored.textLanguage = "ar:x\r\nATTENDEE:mailto:someone@example.org"
        let guarded = ICalendar.document([stored], name: "Gatherings", domain: "together.example", stamp: now, url: { _ in "u" })
        XCTAssertFalse(guarded.contains("ATTENDEE"), "a value read back from storage cannot add a line")
        XCTAssertTrue(guarded.contains("SUMMARY:حساء وأغانٍ\r\n"))
    }
}
