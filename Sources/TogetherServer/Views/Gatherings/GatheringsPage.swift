import Localization

/// Upcoming gatherings, and what past ones came to.
struct GatheringsPage {
    let title: String
    let cards: [GatheringCard]
    let hasCards: Bool
    let record: String
    let calendarURL: String
    let cancelURL: String

    init(upcoming: [GatheringDesk.Listed], record: (held: Int, coHosted: Int, came: Int), language: Language, t: Localizer) {
        title = t("gatherings_title")
        cards = upcoming.map {
            GatheringCard($0, url: SiteRoute.gathering(id: .value($0.gathering.id)).path(language), language: language, t: t)
        }
        hasCards = !cards.isEmpty
        let format = LocaleFormat(language: language)
        self.record = t(
            "gatherings_record",
            ["held": format.number(record.held), "cohosted": format.number(record.coHosted), "came": format.number(record.came)])
        calendarURL = SiteRoute.gatheringsCalendar.path(language)
        cancelURL = SiteRoute.gatheringCancel.path(language)
    }
}
