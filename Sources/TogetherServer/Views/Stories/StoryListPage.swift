import Localization
import Stories

/// Published stories with a search box and filters; works as a plain GET form, no script.
struct StoryListPage {
    let title: String
    let action: String
    let query: String
    let filters: [FieldModel]
    /// The filters rendered once per language and choice (see ``FragmentCache``).
    var filtersHTML = ""
    let cards: [StoryCard]
    let nextURL: String?
    let resultsHeading: String
    let isEmpty: Bool

    init(filter: StoryFilter, page: (items: [PublishedStory], next: StoryCursor?), language: Language, t: Localizer) {
        title = t("stories_title")
        action = SiteRoute.stories.path(language)
        query = filter.query ?? ""
        func select(_ id: String, _ label: String, _ options: [(String, String)], _ chosen: String?) -> FieldModel {
            var field = FieldModel(id: id, name: id, label: label, required: false)
            field.kind = .select
            field.options =
                [.init(value: "", label: t("stories_filter_any"), selected: chosen == nil)]
                + options.map { .init(value: $0.0, label: $0.1, selected: $0.0 == chosen) }
            return field
        }
        filters = [
            select(
                "voice", t("stories_filter_voice"),
                Voice.allCases.map { ($0.rawValue, t("voice_\($0.rawValue.replacingOccurrences(of: "-", with: "_"))")) },
                filter.voice?.rawValue),
            select(
                "theme", t("stories_filter_theme"), Theme.allCases.map { ($0.rawValue, t("theme_\($0.rawValue)")) }, filter.theme?.rawValue),
            select(
                "language", t("story_field_language"),
                PlaceNames.storyLanguageCodes.map { ($0, PlaceNames.languageName($0, in: language)) }, filter.language),
        ]
        cards = page.items.map { StoryCard($0, language: language, t: t) }
        isEmpty = page.items.isEmpty
        resultsHeading = t("stories_results")
        if let next = page.next {
            var parameters = [("cursor", next.text)]
            if let q = filter.query, !q.isEmpty { parameters.append(("q", q)) }
            if let voice = filter.voice { parameters.append(("voice", voice.rawValue)) }
            if let theme = filter.theme { parameters.append(("theme", theme.rawValue)) }
            if let code = filter.language { parameters.append(("language", code)) }
            nextURL =
                action + "?"
                + parameters.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }.joined(
                    separator: "&")
        } else {
            nextURL = nil
        }
    }
}
