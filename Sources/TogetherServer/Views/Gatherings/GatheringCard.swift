import Foundation
import Gatherings
import Localization

/// A gathering in a list: what, when (in its own time zone), where, who hosts, places left.
struct GatheringCard {
    let title: String
    /// The language the title and description are written in, and its direction; nil when not known.
    let textLang: String?
    let textDir: String?
    let url: String
    let when: String
    let venue: String
    let category: String
    let hosts: String
    let places: String?
    let isCancelled: Bool

    init(_ listed: GatheringDesk.Listed, url: String, language: Language, t: Localizer) {
        let gathering = listed.gathering
        title = gathering.title
        textLang = gathering.textLanguage.isEmpty ? nil : gathering.textLanguage
        textDir = textLang.map(StoryText.direction(of:))
        self.url = url
        when = Self.when(gathering, language: language, t: t)
        venue = gathering.venue
        category = t("gathering_category_\(gathering.category.rawValue)")
        hosts = t("gathering_hosted_by", ["names": gathering.hosts.map(\.name).joined(separator: ", ")])
        let format = LocaleFormat(language: language)
        places = listed.placesLeft.map { $0 == 0 ? t("gathering_full") : t("gathering_places_left", ["count": format.number($0)]) }
        isCancelled = listed.record.cancelled
    }

    /// "5 December 2026 at 18:00 – 21:00 (Europe/Berlin)", in the reader's language.
    static func when(_ gathering: Gathering, language: Language, t: Localizer) -> String {
        let zone = TimeZone(identifier: gathering.timeZone) ?? .gmt
        let format = LocaleFormat(language: language)
        return t(
            "gathering_when",
            [
                "start": format.dateTime(gathering.start, timeZone: zone), "end": format.dateTime(gathering.end, timeZone: zone),
                "zone": gathering.timeZone,
            ])
    }
}
