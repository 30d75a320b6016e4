import Foundation
import Localization
import Stories

/// The "tell your story" form: its fields, what a submitted form means, and its problems in words.
enum StoryForm {
    /// The form as the teller last saw it, with their answers kept.
    static func fields(_ form: FormFields, errors: FieldErrors, language: Language, t: Localizer) -> [FieldModel] {
        func error(_ field: String) -> String? { errors.message(for: field).map { t($0) } }
        func options<T: RawRepresentable<String>>(_ cases: [T], prefix: String) -> [(value: String, label: String)] {
            cases.map { ($0.rawValue, t("\(prefix)_\($0.rawValue.replacingOccurrences(of: "-", with: "_"))")) }
        }
        let chosenLanguage = form["language"] ?? language.code
        let chosenCountry = form["country"] ?? ""
        var languageField = FieldModel(id: "language", name: "language", label: t("story_field_language"), error: error("language"))
        languageField.kind = .select
        languageField.options = PlaceNames.storyLanguageCodes.map {
            .init(value: $0, label: PlaceNames.languageName($0, in: language), selected: $0 == chosenLanguage)
        }
        var countryField = FieldModel(
            id: "country", name: "country", label: t("story_field_country"), hint: t("story_hint_country"), error: error("country"))
        countryField.kind = .select
        countryField.options =
            [.init(value: "", label: t("story_choose"), selected: chosenCountry.isEmpty)]
            + PlaceNames.countries(in: language).map { .init(value: $0.code, label: $0.name, selected: $0.code == chosenCountry) }
        var body = FieldModel(
            id: "body", name: "body", label: t("story_field_body"), value: form["body"], hint: t("story_hint_body"), error: error("body"))
        body.kind = .textarea
        return [
            FieldModel(
                id: "title", name: "title", label: t("story_field_title"), value: form["title"], autocomplete: "off", error: error("title")),
            body,
            languageField,
            .choices(
                id: "voice", name: "voice", label: t("story_field_voice"), kind: .radios, options: options(Voice.allCases, prefix: "voice"),
                selected: Set(form.all("voice")), error: error("voice")),
            .choices(
                id: "themes", name: "themes", label: t("story_field_themes"), kind: .checkboxes,
                options: options(Theme.allCases, prefix: "theme"),
                selected: Set(form.all("themes")), error: error("themes")),
            countryField,
            FieldModel(
                id: "region", name: "region", label: t("story_field_region"), value: form["region"], autocomplete: "off",
                hint: t("story_hint_region"), error: error("region"), required: false),
            .choices(
                id: "credit", name: "credit", label: t("story_field_credit"), kind: .radios,
                options: options(Credit.Mode.allCases, prefix: "credit"),
                selected: Set(form.all("credit")), error: error("credit")),
            FieldModel(
                id: "creditName", name: "creditName", label: t("story_field_credit_name"), value: form["creditName"], autocomplete: "off",
                hint: t("story_hint_credit_name"), error: error("creditName"), required: false),
            .choices(
                id: "consent", name: "consent", label: t("story_field_consent"), kind: .checkboxes,
                // "Show my face" concerns photos, which are added on the teller's page after sending: it is chosen there.
                options: options(ConsentScope.allCases.filter { $0 != .face }, prefix: "consent"), selected: Set(form.all("consent")),
                hint: t("story_hint_consent"), error: error("consent")),
            FieldModel(
                id: "until", name: "until", label: t("story_field_until"), type: "date", value: form["until"], hint: t("story_hint_until"),
                error: error("until"), required: false),
            .choices(
                id: "ageGroup", name: "ageGroup", label: t("story_field_age"), kind: .radios,
                options: options(AgeGroup.allCases, prefix: "age"),
                selected: Set(form.all("ageGroup").isEmpty ? ["adult"] : form.all("ageGroup")), error: error("ageGroup")),
            .choices(
                id: "guardianConsent", name: "guardianConsent", label: t("story_field_guardian"), kind: .checkboxes,
                options: [("yes", t("story_guardian_yes"))], selected: Set(form.all("guardianConsent")), error: error("guardianConsent")),
            FieldModel(
                id: "contact", name: "contact", label: t("story_field_contact"), value: form["contact"], autocomplete: "off",
                hint: t("story_hint_contact"), error: error("contact"), required: false),
        ]
    }

    /// The two optional self-descriptions (gender, region of origin), asked on the page after sending
    /// and on the teller's page rather than in the story form, which stays light for slow connections.
    /// The first choice is not saying.
    static func selfDescriptionFields(gender: String, originRegion: String, t: Localizer) -> [FieldModel] {
        func select<T: RawRepresentable<String>>(_ name: String, _ label: String, _ cases: [T], prefix: String, chosen: String)
            -> FieldModel
        {
            var field = FieldModel(id: name, name: name, label: t(label), required: false)
            field.kind = .select
            field.options =
                [.init(value: "", label: t("story_not_said"), selected: chosen.isEmpty)]
                + cases.map {
                    .init(
                        value: $0.rawValue, label: t("\(prefix)_\($0.rawValue.replacingOccurrences(of: "-", with: "_"))"),
                        selected: chosen == $0.rawValue)
                }
            return field
        }
        return [
            select("gender", "story_field_gender", Gender.allCases, prefix: "gender", chosen: gender),
            select("originRegion", "story_field_origin", OriginRegion.allCases, prefix: "origin", chosen: originRegion),
        ]
    }

    /// What the submitted form says, for the ``Stories`` checks.
    static func submission(_ form: FormFields) -> (StorySubmission, untilIsValid: Bool) {
        let untilText = form.trimmed("until")
        // The chosen day is included: consent ends when it is over.
        let until = untilText.isEmpty ? nil : Consent.end(ofDay: untilText)
        var grants: [ConsentScope: Date?] = [:]
        for scope in form.all("consent").compactMap(ConsentScope.init(rawValue:)) { grants[scope] = .some(until) }
        let submission = StorySubmission(
            title: form["title"] ?? "", body: form["body"] ?? "", language: form["language"] ?? "", voice: form["voice"] ?? "",
            themes: form.all("themes"), country: form["country"] ?? "", region: form["region"] ?? "",
            credit: form["credit"].flatMap(Credit.Mode.init(rawValue:)), creditName: form["creditName"] ?? "", consent: grants,
            ageGroup: form["ageGroup"] ?? "adult", guardianConsent: form["guardianConsent"] == "yes", contact: form["contact"] ?? "")
        var described = submission
        described.gender = form.trimmed("gender")
        described.originRegion = form.trimmed("originRegion")
        return (described, untilText.isEmpty || until != nil)
    }

    /// What a facilitator records when submitting for someone: how and on which day they consented.
    static func facilitationFields(_ form: FormFields, errors: FieldErrors, t: Localizer) -> [FieldModel] {
        [
            .choices(
                id: "consentMethod", name: "consentMethod", label: t("story_field_consent_method"), kind: .radios,
                options: Facilitation.Method.allCases.map { ($0.rawValue, t("consent_method_\($0.rawValue)")) },
                selected: Set(form.all("consentMethod")), hint: t("story_hint_consent_method"),
                error: errors.message(for: "consentMethod").map { t($0) }),
            FieldModel(
                id: "consentGivenAt", name: "consentGivenAt", label: t("story_field_consent_given"), type: "date",
                value: form["consentGivenAt"], error: errors.message(for: "consentGivenAt").map { t($0) }),
        ]
    }

    /// The facilitator's record of consent; the day counts from its start (UTC).
    static func facilitation(_ form: FormFields, now: Date) throws(SubmissionError) -> Facilitation {
        let day = form.trimmed("consentGivenAt")
        let givenAt = Consent.end(ofDay: day).map { $0.addingTimeInterval(-24 * 3600) }
        if !day.isEmpty, givenAt == nil { throw SubmissionError(problems: [.init("consentGivenAt", .required)]) }
        return try Facilitation.validated(method: form["consentMethod"], givenAt: givenAt, now: now)
    }

    /// A day as date fields write it (UTC).
    static func day(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!).year().month().day())
    }

    /// Problems as catalog keys on the form's own field names (`consent.publish` belongs to `consent`).
    static func errors(_ problems: [SubmissionProblem]) -> FieldErrors {
        var errors = FieldErrors()
        for problem in problems {
            let field = String(problem.field.split(separator: ".").first ?? "")
            errors.add(field, "story_error_\(problem.code.rawValue)")
        }
        return errors
    }
}
