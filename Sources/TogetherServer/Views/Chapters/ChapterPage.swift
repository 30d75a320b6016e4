import Localization
import TogetherStore

/// One chapter's settings, its logo, and the address of its pages.
struct ChapterPage {
    let title: String
    let address: String
    let action: String
    let logoAction: String
    let logoURL: String?
    let logoText: String
    let logoError: String?
    let fields: [FieldModel]
    let errorSummary: ErrorSummary?
    let csrf: String

    init(
        chapter: ChapterRecord, form: FormFields?, errors: FieldErrors, logoError: String?, siteLanguages: [Language], csrf: String,
        language: Language, t: Localizer
    ) throws {
        let id = try chapter.requireID()
        title = chapter.name
        address = "/c/\(chapter.slug)/\(language.code)/"
        action = SiteRoute.staffChapter(id: .value(id)).path(language)
        logoAction = SiteRoute.staffChapterLogo(id: .value(id)).path(language)
        let version = Int((chapter.updatedAt ?? chapter.createdAt)?.timeIntervalSince1970 ?? 0)
        logoURL =
            chapter.logo == nil
            ? nil : "/c/\(chapter.slug)/" + SiteRoute.chapterLogo.pathComponents.joined(separator: "/") + "?v=\(version)"
        logoText = chapter.logoText
        self.logoError = logoError
        fields = ChapterFields.make(form: form, record: chapter, errors: errors, siteLanguages: siteLanguages, t: t)
        errorSummary = ErrorSummary(errors, fields: fields, t: t)
        self.csrf = csrf
    }
}
