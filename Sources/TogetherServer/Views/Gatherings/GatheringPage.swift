import Foundation
import Gatherings
import Localization

/// One gathering: what, when, where, who hosts, languages, access, cost; the RSVP form (or why
/// there is none); after an RSVP, the private code, shown once; calendar links.
struct GatheringPage {
    let card: GatheringCard
    let description: [String]
    let languages: String?
    let accessibility: String?
    let cost: String
    let canRSVP: Bool
    let closedReason: String?
    let rsvpURL: String
    let code: String?
    let cancelURL: String
    let problem: String?
    let name: String
    let placeOptions: [FieldModel.Option]
    let icsURL: String
    let googleURL: String
    let csrf: String

    init(
        listed: GatheringDesk.Listed, now: Date, code: String?, problem: String?, name: String, csrf: String, baseURL: String,
        language: Language, t: Localizer
    ) {
        let gathering = listed.gathering
        let path = SiteRoute.gathering(id: .value(gathering.id)).path(language)
        card = GatheringCard(listed, url: path, language: language, t: t)
        description = StoryText.paragraphs(gathering.description)
        languages =
            gathering.languages.isEmpty
            ? nil : gathering.languages.map { PlaceNames.languageName($0, in: language) }.joined(separator: ", ")
        accessibility = gathering.accessibility.isEmpty ? nil : gathering.accessibility
        cost = gathering.cost.isEmpty ? t("gathering_free") : gathering.cost
        let closedReason: String? =
            if listed.record.cancelled { t("gathering_error_cancelled") } else if gathering.start <= now {
                t("gathering_error_started")
            } else if listed.placesLeft == 0 { t("gathering_error_full") } else { nil }
        self.closedReason = code == nil ? closedReason : nil
        canRSVP = closedReason == nil && code == nil
        rsvpURL = SiteRoute.gatheringRSVP(id: .value(gathering.id)).path(language)
        self.code = code
        cancelURL = SiteRoute.gatheringCancel.path(language)
        self.problem = problem
        self.name = name
        let most = min(GatheringDesk.maximumPlaces, listed.placesLeft ?? GatheringDesk.maximumPlaces)
        placeOptions = (1...max(most, 1)).map {
            FieldModel.Option(value: String($0), label: LocaleFormat(language: language).number($0), selected: $0 == 1)
        }
        icsURL = SiteRoute.gatheringCalendar(id: .value(gathering.id)).path(language)
        googleURL = CalendarLinks.google(gathering, details: baseURL + path)
        self.csrf = csrf
    }
}
