import Foundation
import XCTest

@testable import Gatherings

final class GatheringPlanTests: XCTestCase {
    let now = ISO8601DateFormatter().date(from: "2026-11-30T12:00:00Z")!

    func plan() -> GatheringPlan {
        var plan = GatheringPlan()
        plan.title = "Soup and songs"
        plan.category = "food"
        plan.hosts = [("Greta", "host"), ("Yusuf", "newcomer")]
        plan.venue = "The community garden behind the library"
        plan.start = "2026-12-05T18:00"
        plan.end = "2026-12-05T21:00"
        plan.timeZone = "Europe/Berlin"
        plan.capacity = "40"
        return plan
    }

    func testAGoodPlanBecomesAGatheringAtTheRightMoment() throws {
        let gathering = try plan().gathering(id: UUID(), now: now).get()
        XCTAssertEqual(ICalendar.utc(gathering.start), "20261205T170000Z", "18:00 in Berlin in winter is 17:00 UTC")
        XCTAssertEqual(gathering.capacity, 40)
        XCTAssertTrue(gathering.isCoHosted)
        XCTAssertEqual(LocalTime.text(gathering.start, in: TimeZone(identifier: "Europe/Berlin")!), "2026-12-05T18:00")
    }

    func testEveryProblemIsSaidAtOnce() {
        var bad = plan()
        bad.start = "2026-11-01T18:00"
        bad.end = "2026-10-31T18:00"
        bad.hosts = [("Greta", "host"), ("Hans", "host")]
        bad.capacity = "lots"
        guard case .failure(let failure) = bad.gathering(id: UUID(), now: now) else { return XCTFail("accepted") }
        XCTAssertEqual(Set(failure.problems), [.startInPast, .endBeforeStart, .hostsNotMixed, .capacityInvalid])
        XCTAssertEqual(GatheringProblem.startInPast.messageKey, "gathering_error_start_in_past")
    }

    func testUnknownZonesImpossibleDaysAndOneOrganiserAreRefused() {
        var bad = plan()
        bad.timeZone = "Mars/Olympus"
        XCTAssertEqual(problems(bad), [.timeZoneUnknown])
        bad = plan()
        bad.start = "2026-02-31T18:00"
        bad.end = "2027-02-31T18:00"
        XCTAssertEqual(problems(bad), [.timeUnreadable])
        bad = plan()
        bad.hosts = [("Greta", "host"), ("  ", "newcomer")]
        XCTAssertEqual(problems(bad), [.hostsCount])
        bad = plan()
        bad.end = "2026-12-20T18:00"
        XCTAssertEqual(problems(bad), [.tooLong])
    }

    private func problems(_ plan: GatheringPlan) -> [GatheringProblem] {
        if case .failure(let failure) = plan.gathering(id: UUID(), now: now) { return failure.problems }
        return []
    }
}
