import Localization
import TogetherStore

/// The fields of a chapter's settings, filled from what was typed or from the saved chapter.
enum ChapterFields {
    static func make(
        form: FormFields?, record: ChapterRecord?, errors: FieldErrors, siteLanguages: [Language], t: Localizer
    ) -> [FieldModel] {
        func value(_ name: String, saved: String?) -> String? { form?[name] ?? saved }
        func field(_ name: String, label: String, hint: String? = nil, saved: String?, required: Bool = true) -> FieldModel {
            var field = FieldModel(id: "chapter-\(name)", name: name, label: t(label), value: value(name, saved: saved))
            field.hint = hint.map { t($0) }
            field.error = errors.message(for: name).map { t($0) }
            field.required = required
            field.autocomplete = "off"
            return field
        }
        var colour = field("colour", label: "chapter_field_colour", hint: "chapter_field_colour_hint", saved: record?.colour ?? "#0a6b60")
        colour.type = "color"
        var accent = field("accent", label: "chapter_field_accent", hint: "chapter_field_accent_hint", saved: record?.accent ?? "#b3430f")
        accent.type = "color"
        let chosenLanguages = form.map { Set($0.all("languages")) } ?? Set(record?.languageCodes ?? [])
        let languages = FieldModel.choices(
            id: "chapter-languages", name: "languages", label: t("chapter_field_languages"), kind: .checkboxes,
            options: siteLanguages.map { ($0.code, $0.nativeName) }, selected: chosenLanguages, hint: t("chapter_field_languages_hint"))
        let showsBrand = form.map { $0["brand"] == "on" } ?? (record?.showsPlatformBrand ?? true)
        let brand = FieldModel.choices(
            id: "chapter-brand", name: "brand", label: t("chapter_field_brand_legend"), kind: .checkboxes,
            options: [("on", t("chapter_field_brand"))], selected: showsBrand ? ["on"] : [])
        return [
            field("name", label: "chapter_field_name", saved: record?.name),
            field("slug", label: "chapter_field_slug", hint: "chapter_field_slug_hint", saved: record?.slug),
            field("host", label: "chapter_field_host", hint: "chapter_field_host_hint", saved: record?.host ?? "", required: false),
            colour, accent, brand, languages,
            field("logoText", label: "chapter_field_logo_text", saved: record?.logoText ?? "", required: false),
        ]
    }
}
