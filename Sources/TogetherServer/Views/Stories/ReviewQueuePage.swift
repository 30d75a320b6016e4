import Foundation
import Localization
import Stories
import TogetherStore

/// The stories waiting for moderators, oldest first.
struct ReviewQueuePage {
    struct Row {
        let href: String
        let title: String
        let lang: String
        let dir: String
        let language: String
        let status: String
        let submitted: String
        let childNote: String?
    }

    let title: String
    let caption: String
    let rows: [Row]
    let isEmpty: Bool

    init(items: [(StoryRecord, String)], language: Language, t: Localizer) {
        let format = LocaleFormat(language: language)
        title = t("review_title")
        caption = t.plural("review_caption", count: items.count)
        rows = items.compactMap { record, storyTitle in
            guard let id = record.id else { return nil }
            return Row(
                href: SiteRoute.reviewStory(id: .value(id)).path(language), title: storyTitle, lang: record.language,
                dir: StoryCard.rightToLeftLanguages.contains(record.language) ? "rtl" : "ltr",
                language: PlaceNames.languageName(record.language, in: language),
                status: t("review_status_\(record.status.replacingOccurrences(of: "-", with: "_"))"),
                submitted: record.createdAt.map { format.date($0) } ?? "", childNote: record.isChild ? t("review_child") : nil)
        }
        isEmpty = rows.isEmpty
    }
}
