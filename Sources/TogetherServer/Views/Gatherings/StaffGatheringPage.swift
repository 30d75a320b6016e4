import Foundation
import Localization
import TogetherStore

/// One gathering for its organisers: who is coming (names as given), recording how many came after
/// it ends, and calling it off.
struct StaffGatheringPage {
    struct Person {
        let name: String
        let places: String
    }

    let card: GatheringCard
    let people: [Person]
    let hasPeople: Bool
    let placesTaken: String
    let hasEnded: Bool
    let attendance: String
    let attendanceURL: String
    let cancelURL: String
    let publicURL: String
    let canCancel: Bool
    let problem: String?
    let notice: String?
    let csrf: String

    init(
        listed: GatheringDesk.Listed, rsvps: [GatheringRSVPRecord], now: Date, problem: String?, notice: String?, csrf: String,
        language: Language, t: Localizer
    ) {
        let id = listed.gathering.id
        card = GatheringCard(listed, url: SiteRoute.gathering(id: .value(id)).path(language), language: language, t: t)
        let format = LocaleFormat(language: language)
        people = rsvps.map { Person(name: $0.name.isEmpty ? t("gathering_no_name") : $0.name, places: format.number($0.places)) }
        hasPeople = !people.isEmpty
        placesTaken = t("gathering_places_taken", ["count": format.number(listed.record.taken)])
        hasEnded = listed.gathering.end <= now
        attendance = listed.record.attendance.map(String.init) ?? ""
        attendanceURL = SiteRoute.staffGatheringAttendance(id: .value(id)).path(language)
        cancelURL = SiteRoute.staffGatheringCancel(id: .value(id)).path(language)
        publicURL = SiteRoute.gathering(id: .value(id)).path(language)
        canCancel = !listed.record.cancelled && !hasEnded
        self.problem = problem
        self.notice = notice
        self.csrf = csrf
    }
}
