import Localization
import TogetherStore

/// The conversations staff run, and the form to start one.
struct StaffConversationsPage {
    struct Row {
        let title: String
        let lang: String
        let dir: String
        let status: String
        let statements: String
        let manageURL: String
    }

    let title: String
    let rows: [Row]
    let hasRows: Bool
    let action: String
    let importAction: String
    let languageOptions: [FieldModel.Option]
    let csrf: String
    let fields: [FieldModel]
    let problem: String?

    init(
        conversations: [(ConversationRecord, Int)], form: FormFields, problem: String?, languages: [Language], csrf: String,
        language: Language,
        t: Localizer
    ) {
        title = t("conv_staff_title")
        let format = LocaleFormat(language: language)
        rows = conversations.compactMap { conversation, count in
            conversation.id.map { id in
                Row(
                    title: conversation.title, lang: conversation.language,
                    dir: StoryText.direction(of: conversation.language),
                    status: t(conversation.isOpen ? "conv_staff_open" : "conv_staff_closed"), statements: format.number(count),
                    manageURL: SiteRoute.staffConversation(id: .value(id)).path(language))
            }
        }
        hasRows = !rows.isEmpty
        action = SiteRoute.staffConversations.path(language)
        importAction = SiteRoute.staffConversationImport.path(language)
        self.csrf = csrf
        self.problem = problem
        var description = FieldModel(
            id: "description", name: "description", label: t("conv_staff_field_description"), value: form["description"])
        description.kind = .textarea
        description.required = false
        var seed = FieldModel(id: "seed", name: "seed", label: t("conv_staff_field_seed"), value: form["seed"])
        seed.kind = .textarea
        seed.required = false
        var conversationLanguage = FieldModel(id: "language", name: "language", label: t("conv_staff_field_language"), value: nil)
        conversationLanguage.kind = .select
        conversationLanguage.options = languages.map {
            FieldModel.Option(value: $0.code, label: $0.nativeName, selected: (form["language"] ?? language.code) == $0.code)
        }
        languageOptions = conversationLanguage.options
        let strict = (form["moderation"] ?? "strict") == "strict"
        var moderation = FieldModel(id: "moderation", name: "moderation", label: t("conv_staff_field_moderation"), value: nil)
        moderation.kind = .radios
        moderation.options = [
            FieldModel.Option(value: "strict", label: t("conv_staff_strict"), selected: strict, id: "moderation-strict"),
            FieldModel.Option(value: "permissive", label: t("conv_staff_permissive"), selected: !strict, id: "moderation-permissive"),
        ]
        fields = [
            FieldModel(id: "title", name: "title", label: t("conv_staff_field_title"), value: form["title"], autocomplete: "off"),
            description, conversationLanguage, moderation, seed,
        ]
    }
}
