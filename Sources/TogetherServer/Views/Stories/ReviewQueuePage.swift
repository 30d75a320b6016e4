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
    let action: String
    let filters: [FieldModel]

    init(items: [(StoryRecord, String)], status: StoryStatus?, storyLanguage: String?, language: Language, t: Localizer) {
        action = SiteRoute.reviewQueue.path(language)
        var statusField = FieldModel(id: "status", name: "status", label: t("users_col_status"), required: false)
        statusField.kind = .select
        statusField.options =
            [.init(value: "", label: t("review_filter_open"), selected: status == nil)]
            + StoryStatus.allCases.filter { $0 != .withdrawn }.map {
                .init(
                    value: $0.rawValue, label: t("review_status_\($0.rawValue.replacingOccurrences(of: "-", with: "_"))"),
                    selected: $0 == status)
            }
        var languageField = FieldModel(id: "language", name: "language", label: t("story_meta_language"), required: false)
        languageField.kind = .select
        languageField.options =
            [.init(value: "", label: t("stories_filter_any"), selected: storyLanguage == nil)]
            + PlaceNames.storyLanguageCodes.map {
                .init(value: $0, label: PlaceNames.languageName($0, in: language), selected: $0 == storyLanguage)
            }
        filters = [statusField, languageField]
        let format = LocaleFormat(language: language)
        title = t("review_title")
        caption = t.plural("review_caption", count: items.count)
        rows = items.compactMap { record, storyTitle in
            guard let id = record.id else { return nil }
            return Row(
                href: SiteRoute.reviewStory(id: .value(id)).path(language), title: storyTitle, lang: record.language,
                dir: StoryText.direction(of: record.language),
                language: PlaceNames.languageName(record.language, in: language),
                status: t("review_status_\(record.status.replacingOccurrences(of: "-", with: "_"))"),
                submitted: record.createdAt.map { format.date($0) } ?? "", childNote: record.isChild ? t("review_child") : nil)
        }
        isEmpty = rows.isEmpty
    }
}
