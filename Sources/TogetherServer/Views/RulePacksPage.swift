import Foundation
import Localization
import Mustache
import TogetherStore

/// The uploaded rule packs and the form to add one.
struct RulePacksPage {
    struct Row {
        let name: String
        let language: String
        let uploaded: String
        let removeURL: String
        /// Why the pack is not in use, if it is not.
        let problem: String?
    }

    let title: String
    let rows: [Row]
    let action: String
    let csrf: String
    let fields: [FieldModel]
    let problem: String?

    init(
        records: [RulePackRecord], problems: [UUID: String] = [:], form: FormFields, problem: String?, csrf: String, language: Language,
        t: Localizer
    ) {
        let format = LocaleFormat(language: language)
        title = t("packs_title")
        rows = records.compactMap { record in
            record.id.map {
                Row(
                    name: record.name, language: PlaceNames.languageName(record.language, in: language),
                    uploaded: record.createdAt.map { format.date($0) } ?? "",
                    removeURL: SiteRoute.rulePackRemove(id: .value($0)).path(language),
                    problem: problems[$0].map { t("packs_not_in_use", ["problem": $0]) })
            }
        }
        action = SiteRoute.rulePacks.path(language)
        self.csrf = csrf
        var yaml = FieldModel(id: "yaml", name: "yaml", label: t("packs_field_yaml"), value: form["yaml"], hint: t("packs_hint_yaml"))
        yaml.kind = .textarea
        yaml.lang = "en"
        yaml.dir = "ltr"
        fields = [
            FieldModel(
                id: "name", name: "name", label: t("packs_field_name"), value: form["name"], autocomplete: "off", hint: t("packs_hint_name")
            ),
            yaml,
        ]
        self.problem = problem
    }
}

extension RulePacksPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "rows": return self.rows.isEmpty ? nil : self.rows
        case "action": return self.action
        case "csrf": return self.csrf
        case "fields": return self.fields
        case "problem": return self.problem
        default: return nil
        }
    }
}

extension RulePacksPage.Row: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "language": return self.language
        case "uploaded": return self.uploaded
        case "removeURL": return self.removeURL
        case "problem": return self.problem
        default: return nil
        }
    }
}
