import Localization
import TogetherStore

/// The campaigns staff run, and the form to write one.
struct StaffPledgesPage {
    struct Row {
        let title: String
        let lang: String
        let dir: String
        let status: String
        let signatures: String
        let manageURL: String
    }

    let title: String
    let rows: [Row]
    let hasRows: Bool
    let action: String
    let problem: String?
    let fields: [FieldModel]
    let csrf: String

    init(
        pledges: [(PledgeRecord, Int)], form: FormFields, problem: String?, languages: [Language], csrf: String, language: Language,
        t: Localizer
    ) {
        title = t("pledges_staff_title")
        let format = LocaleFormat(language: language)
        rows = pledges.compactMap { pledge, count in
            pledge.id.map { id in
                Row(
                    title: pledge.title, lang: pledge.language, dir: StoryText.direction(of: pledge.language),
                    status: t("pledge_status_\(pledge.status.rawValue)"), signatures: format.number(count),
                    manageURL: SiteRoute.staffPledge(id: .value(id)).path(language))
            }
        }
        hasRows = !rows.isEmpty
        action = SiteRoute.staffPledgeCreate.path(language)
        self.problem = problem
        self.csrf = csrf
        var text = FieldModel(id: "text", name: "text", label: t("pledge_field_text"), value: form["text"])
        text.kind = .textarea
        text.hint = t("pledge_field_text_hint")
        var pledgeLanguage = FieldModel(id: "language", name: "language", label: t("pledge_field_language"), value: nil)
        pledgeLanguage.kind = .select
        pledgeLanguage.options = languages.map {
            FieldModel.Option(value: $0.code, label: $0.nativeName, selected: (form["language"] ?? language.code) == $0.code)
        }
        var milestones = FieldModel(
            id: "milestones", name: "milestones", label: t("pledge_field_milestones"), value: form["milestones"] ?? "100, 500, 1000")
        milestones.hint = t("pledge_field_milestones_hint")
        milestones.required = false
        fields = [
            FieldModel(id: "title", name: "title", label: t("pledge_field_title"), value: form["title"], autocomplete: "off"), text,
            pledgeLanguage, milestones,
        ]
    }
}
