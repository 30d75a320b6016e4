import Localization

/// One form control as the `field` partial draws it.
struct FieldModel {
    struct Option {
        let value: String
        let label: String
        let selected: Bool
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

    var isSelect: Bool { !options.isEmpty }

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

    struct HiddenField {
        let name: String
        let value: String
    }
}
