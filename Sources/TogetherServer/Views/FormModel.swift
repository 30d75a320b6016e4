import Localization

/// One form control as the `field` partial draws it.
struct FieldModel {
    /// How the control is drawn.
    enum Kind {
        case input, textarea, select, radios, checkboxes
    }

    struct Option {
        let value: String
        let label: String
        let selected: Bool
        /// For radios and checkboxes, each of which needs its own label.
        var id = ""
    }

    let id: String
    let name: String
    let label: String
    var type = "text"
    var value: String?
    var autocomplete: String?
    var hint: String?
    var error: String?
    var required = true
    var options: [Option] = []
    var kind = Kind.input
    /// For text in a language other than the page's (a story under review): its language and direction.
    var lang: String?
    var dir: String?

    var isSelect: Bool { kind == .select || (kind == .input && !options.isEmpty) }
    var isTextarea: Bool { kind == .textarea }
    var isChoices: Bool { kind == .radios || kind == .checkboxes }
    var isInput: Bool { !isSelect && !isTextarea && !isChoices }
    var choiceType: String { kind == .radios ? "radio" : "checkbox" }

    /// Radios or checkboxes, each option with an id derived from the field's.
    static func choices(
        id: String, name: String, label: String, kind: Kind, options: [(value: String, label: String)], selected: Set<String>,
        hint: String? = nil, error: String? = nil
    ) -> FieldModel {
        var field = FieldModel(id: id, name: name, label: label, hint: hint, error: error)
        field.kind = kind
        field.options = options.map {
            Option(value: $0.value, label: $0.label, selected: selected.contains($0.value), id: "\(id)-\($0.value)")
        }
        return field
    }

    var describedBy: String? {
        let ids = [hint.map { _ in "\(id)-hint" }, error.map { _ in "\(id)-error" }].compactMap { $0 }
        return ids.isEmpty ? nil : ids.joined(separator: " ")
    }
}

/// The box at the top of a form that lists what to fix, each item linking to its field.
struct ErrorSummary {
    struct Item {
        let field: String
        let message: String
    }

    let title: String
    let items: [Item]

    init?(_ errors: FieldErrors, fields: [FieldModel], t: Localizer) {
        guard !errors.isEmpty else { return nil }
        self.title = t("form_error_summary")
        self.items = errors.keys.map { entry in
            Item(field: fields.first { $0.name == entry.field }?.id ?? entry.field, message: t(entry.message))
        }
    }
}

/// A page whose main content is one form (sign in, set-up, password change).
struct FormPage {
    let title: String
    var intro: String?
    let action: String
    let csrf: String
    var hidden: [HiddenField] = []
    var fields: [FieldModel]
    let submit: String
    var errorSummary: ErrorSummary?
    /// A text the form works from, shown above it (the original of a translation).
    var reference: Reference?

    struct Reference {
        let heading: String
        let title: String
        let paragraphs: [String]
        let lang: String
        let dir: String
    }

    struct HiddenField {
        let name: String
        let value: String
    }
}
