import Localization
import TogetherStore

/// Every chapter, where each is served, and the form to start one.
struct ChaptersPage {
    struct Row {
        let name: String
        let address: String
        let host: String?
        let manageURL: String
    }

    let title: String
    let rows: [Row]
    let hasRows: Bool
    let action: String
    let fields: [FieldModel]
    let errorSummary: ErrorSummary?
    let csrf: String

    init(
        chapters: [ChapterRecord], form: FormFields?, errors: FieldErrors, siteLanguages: [Language], csrf: String, language: Language,
        t: Localizer
    ) {
        title = t("chapters_title")
        rows = chapters.compactMap { chapter in
            chapter.id.map { id in
                Row(
                    name: chapter.name, address: "/c/\(chapter.slug)/\(language.code)/", host: chapter.host,
                    manageURL: SiteRoute.staffChapter(id: .value(id)).path(language))
            }
        }
        hasRows = !rows.isEmpty
        action = SiteRoute.staffChapterCreate.path(language)
        fields = ChapterFields.make(form: form, record: nil, errors: errors, siteLanguages: siteLanguages, t: t)
        errorSummary = ErrorSummary(errors, fields: fields, t: t)
        self.csrf = csrf
    }
}
