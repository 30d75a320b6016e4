import Foundation
import Gatherings
import Localization

/// Organisers' list of gatherings (coming and past) and the form to plan one.
struct StaffGatheringsPage {
    struct HostRow {
        let number: Int
        let name: String
        let label: String
        let isNewcomer: Bool
    }

    let title: String
    let upcoming: [GatheringCard]
    let past: [GatheringCard]
    let hasUpcoming: Bool
    let hasPast: Bool
    let action: String
    let problems: [String]
    let hasProblems: Bool
    let fields: [FieldModel]
    let moreFields: [FieldModel]
    let hostRows: [HostRow]
    let zones: [String]
    let timeZone: String
    let csrf: String

    static let commonZones = [
        "Europe/Berlin", "Europe/Paris", "Europe/Madrid", "Europe/Rome", "Europe/Lisbon", "Europe/Istanbul", "Asia/Amman", "Europe/London",
        "Europe/Dublin", "Europe/Brussels", "Europe/Amsterdam", "Europe/Vienna", "Europe/Athens", "Asia/Beirut", "Africa/Cairo",
        "America/New_York", "UTC",
    ]

    init(
        upcoming: [GatheringDesk.Listed], past: [GatheringDesk.Listed], form: FormFields, problems: [String], csrf: String,
        language: Language, t: Localizer
    ) {
        title = t("gatherings_staff_title")
        func card(_ listed: GatheringDesk.Listed) -> GatheringCard {
            GatheringCard(listed, url: SiteRoute.staffGathering(id: .value(listed.gathering.id)).path(language), language: language, t: t)
        }
        self.upcoming = upcoming.map(card)
        self.past = past.map(card)
        hasUpcoming = !upcoming.isEmpty
        hasPast = !past.isEmpty
        action = SiteRoute.staffGatheringCreate.path(language)
        self.problems = problems
        hasProblems = !problems.isEmpty
        self.csrf = csrf
        zones = Self.commonZones

        func input(_ name: String, _ label: String, type: String = "text", hint: String? = nil, required: Bool = true) -> FieldModel {
            var field = FieldModel(id: name, name: name, label: t(label), value: form[name], autocomplete: "off")
            field.type = type
            field.hint = hint.map { t($0) }
            field.required = required
            return field
        }
        var description = input("description", "gathering_field_description", required: false)
        description.kind = .textarea
        var textLanguage = FieldModel(id: "text_language", name: "text_language", label: t("gathering_field_text_language"), value: nil)
        textLanguage.kind = .select
        let chosenTextLanguage = form["text_language"] ?? language.code
        // "Another language" marks nothing: a wrong `lang` misleads a screen reader more than none.
        textLanguage.options =
            GatheringPlan.offeredLanguages.map {
                FieldModel.Option(value: $0, label: PlaceNames.languageName($0, in: language), selected: chosenTextLanguage == $0)
            } + [FieldModel.Option(value: "", label: t("gathering_text_language_other"), selected: chosenTextLanguage.isEmpty)]
        var category = FieldModel(id: "category", name: "category", label: t("gathering_field_category"), value: nil)
        category.kind = .select
        category.options = GatheringCategory.allCases.map {
            FieldModel.Option(value: $0.rawValue, label: t("gathering_category_\($0.rawValue)"), selected: form["category"] == $0.rawValue)
        }
        var languages = FieldModel(id: "languages", name: "languages", label: t("gathering_field_languages"), value: nil)
        languages.kind = .checkboxes
        languages.required = false
        let chosen = Set(form.all("languages"))
        languages.options = GatheringPlan.offeredLanguages.map {
            FieldModel.Option(
                value: $0, label: PlaceNames.languageName($0, in: language), selected: chosen.contains($0), id: "language-\($0)")
        }
        var accessibility = input(
            "accessibility", "gathering_field_accessibility", hint: "gathering_field_accessibility_hint", required: false)
        accessibility.kind = .textarea
        fields = [
            input("title", "gathering_field_title"), description, textLanguage, category,
            input("venue", "gathering_field_venue", hint: "gathering_field_venue_hint"),
            input("start", "gathering_field_start", type: "datetime-local"), input("end", "gathering_field_end", type: "datetime-local"),
        ]
        timeZone = form["time_zone"] ?? ""
        moreFields = [
            languages, accessibility,
            input("capacity", "gathering_field_capacity", type: "number", hint: "gathering_field_capacity_hint", required: false),
            input("cost", "gathering_field_cost", hint: "gathering_field_cost_hint", required: false),
        ]
        hostRows = (1...GatheringPlan.maximumHosts).map { number in
            HostRow(
                number: number, name: form["host\(number)_name"] ?? "",
                label: t("gathering_field_host", ["number": LocaleFormat(language: language).number(number)]),
                isNewcomer: (form["host\(number)_community"] ?? (number == 2 ? "newcomer" : "host")) == "newcomer")
        }
    }
}
