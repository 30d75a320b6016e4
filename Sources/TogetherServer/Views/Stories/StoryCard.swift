import Foundation
import Localization
import Stories

/// A published story as pages show it: in a list (card) or whole (paragraphs).
struct StoryCard {
    let href: String
    let title: String
    let excerpt: String
    let body: String
    /// Worked out when a page shows the whole story; lists show only the excerpt.
    var paragraphs: [String] { StoryText.paragraphs(body) }
    let summary: String?
    /// The story's own language and direction, which may differ from the page's.
    let lang: String
    let dir: String
    let credit: String
    let place: String
    let themes: String
    let languageName: String
    /// Story pages only: the story in its other languages, and a staff member's way to add one.
    var otherLanguages: [LanguageLink] = []
    var translateURL: String?
    /// Story pages only: the photo's address, when there is one that may be shown.
    var photoURL: String?

    struct LanguageLink {
        let href: String
        let label: String
        let lang: String
    }

    /// The links to the other languages, named in the reader's language, the original marked as such.
    mutating func link(_ links: [StoryLanguageLink], language: Language, t: Localizer) {
        otherLanguages = links.map { link in
            let name = PlaceNames.languageName(link.language, in: language)
            return LanguageLink(
                href: SiteRoute.story(id: .value(link.id)).path(language),
                label: link.isOriginal ? t("story_original_in", ["language": name]) : name, lang: link.language)
        }
    }

    static let rightToLeftLanguages: Set<String> = ["ar", "fa", "ps", "ur", "he", "yi", "dv", "sd", "ug", "ckb"]

    init(_ story: PublishedStory, language: Language, t: Localizer) {
        href = SiteRoute.story(id: .value(story.id)).path(language)
        title = story.title
        summary = story.summary.isEmpty ? nil : story.summary
        body = story.body
        let source = story.summary.isEmpty ? story.body : story.summary
        let opening = source.prefix(221)
        excerpt = opening.count > 220 ? String(StoryText.trimmed(opening.prefix(220))) + "…" : source
        lang = story.language
        dir = StoryText.direction(of: story.language)
        credit = story.credit.displayName.map { t("story_credit_by", ["name": $0]) } ?? t("story_credit_anonymous")
        place = [story.place.region, PlaceNames.country(story.place.country, in: language)].compactMap { $0 }.joined(separator: ", ")
        themes = story.themes.map { t("theme_\($0)") }.joined(separator: " · ")
        languageName = PlaceNames.languageName(story.language, in: language)
    }
}
