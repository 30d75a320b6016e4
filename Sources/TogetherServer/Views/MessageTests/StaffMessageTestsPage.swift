import Localization
import TogetherStore

/// The message tests staff run, and the form to create one.
struct StaffMessageTestsPage {
    struct Row {
        let title: String
        let lang: String
        let dir: String
        let status: String
        let respondents: String
        let manageURL: String
    }

    let title: String
    let rows: [Row]
    let hasRows: Bool
    let canCreate: Bool
    let action: String
    let csrf: String
    let problem: String?
    let fields: [FieldModel]
    let messageFields: [FieldModel]
    let questionFields: [FieldModel]
    let actionFields: [FieldModel]

    init(
        tests: [(MessageTestRecord, Int)], canCreate: Bool, stories: [PublishedStory], gatherings: [GatheringDesk.Listed],
        campaigns: [PledgeRecord], bank: ItemBank,
        form: FormFields, problem: String?,
        languages: [Language], csrf: String, language: Language, t: Localizer
    ) {
        title = t("mt_staff_title")
        let format = LocaleFormat(language: language)
        rows = tests.compactMap { test, count in
            test.id.map { id in
                Row(
                    title: test.title, lang: test.language, dir: StoryText.direction(of: test.language),
                    status: t("mt_status_\(test.status.rawValue)"), respondents: format.number(count),
                    manageURL: (canCreate ? SiteRoute.staffMessageTest(id: .value(id)) : .staffMessageTestResults(id: .value(id))).path(
                        language))
            }
        }
        hasRows = !rows.isEmpty
        self.canCreate = canCreate
        action = SiteRoute.staffMessageTestCreate.path(language)
        self.csrf = csrf
        self.problem = problem

        func input(_ name: String, _ label: String, hint: String? = nil, required: Bool = true) -> FieldModel {
            var field = FieldModel(id: name, name: name, label: t(label), value: form[name], autocomplete: "off")
            field.hint = hint.map { t($0) }
            field.required = required
            return field
        }
        func textarea(_ name: String, _ label: String, hint: String? = nil) -> FieldModel {
            var field = input(name, label, hint: hint, required: false)
            field.kind = .textarea
            return field
        }
        func select(_ name: String, _ label: String, _ options: [(String, String)], chosen: String) -> FieldModel {
            var field = FieldModel(id: name, name: name, label: label, value: nil)
            field.kind = .select
            field.options = options.map { FieldModel.Option(value: $0.0, label: $0.1, selected: (form[name] ?? chosen) == $0.0) }
            return field
        }

        fields = [
            input("title", "mt_field_title", hint: "mt_field_title_hint"),
            select(
                "language", t("mt_field_language"), languages.map { ($0.code, $0.nativeName) }, chosen: language.code),
            input("country", "mt_field_country", hint: "mt_field_country_hint"),
        ]
        var messages = [textarea("control_text", "mt_field_control", hint: "mt_field_control_hint")]
        for slot in 1...MessageTestDraft.messageSlots {
            messages.append(input("message\(slot)_label", "mt_field_message_label_\(slot)", required: false))
            messages.append(textarea("message\(slot)_text", "mt_field_message_text_\(slot)"))
        }
        if !stories.isEmpty {
            messages.append(
                select(
                    "story", t("mt_field_story"), [("", t("mt_field_story_none"))] + stories.map { ($0.id.uuidString, $0.title) },
                    chosen: ""))
            messages.append(input("story_label", "mt_field_story_label", required: false))
        }
        messageFields = messages
        let phases = [("", t("mt_phase_none")), ("before", t("mt_phase_before")), ("after", t("mt_phase_after"))]
        let defaultAfter: Set<String> = ["imbgeco", "imueclt", "imwbcnt"]
        questionFields =
            bank.items.map { item in
                let wording = (item.text[language.code] ?? item.text["en"] ?? item.id).replacingOccurrences(of: "{country}", with: "…")
                return select("item_\(item.id)", "\(item.id): \(wording)", phases, chosen: defaultAfter.contains(item.id) ? "after" : "")
            } + [
                textarea("segments", "mt_field_segments", hint: "mt_field_segments_hint"),
                textarea("likert", "mt_field_likert", hint: "mt_field_likert_hint"),
                textarea("scales", "mt_field_scales", hint: "mt_field_scales_hint"),
            ]
        var behaviour = FieldModel(id: "behaviour", name: "behaviour", label: t("mt_field_behaviour"), value: nil)
        behaviour.kind = .radios
        let chosen = form["behaviour"] ?? "pledge"
        let offered = MessageTestRecord.Behaviour.allCases.filter {
            ($0 != .rsvp || !gatherings.isEmpty) && ($0 != .sign || !campaigns.isEmpty)
        }
        behaviour.options = offered.map {
            FieldModel.Option(
                value: $0.rawValue, label: t("mt_behaviour_\($0.rawValue)"), selected: chosen == $0.rawValue, id: "behaviour-\($0.rawValue)"
            )
        }
        var actions = [behaviour, textarea("behaviour_text", "mt_field_behaviour_text", hint: "mt_field_behaviour_text_hint")]
        if !gatherings.isEmpty {
            actions.append(
                select(
                    "gathering", t("mt_field_gathering"),
                    gatherings.map { ($0.gathering.id.uuidString, $0.gathering.title) }, chosen: gatherings[0].gathering.id.uuidString))
        }
        if !campaigns.isEmpty {
            actions.append(
                select(
                    "campaign", t("mt_field_campaign"), campaigns.compactMap { pledge in pledge.id.map { ($0.uuidString, pledge.title) } },
                    chosen: campaigns[0].id?.uuidString ?? ""))
        }
        actionFields = actions
    }
}
