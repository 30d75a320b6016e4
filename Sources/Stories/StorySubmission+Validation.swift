import Foundation

extension StorySubmission {
    public static let maxTitleLength = 200
    public static let maxBodyLength = 50_000
    public static let maxNameLength = 100
    public static let maxContactLength = 200

    /// Checks everything at once and returns the typed story, or every problem found.
    public func validated(now: Date) throws(SubmissionError) -> ValidStory {
        var problems: [SubmissionProblem] = []
        func text(_ value: String, _ field: String, max: Int, required: Bool = true) -> String {
            let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
            if required, trimmed.isEmpty { problems.append(.init(field, .required)) }
            if trimmed.count > max { problems.append(.init(field, .tooLong)) }
            return trimmed
        }
        let title = text(self.title, "title", max: Self.maxTitleLength)
        let body = text(self.body, "body", max: Self.maxBodyLength)
        let region = text(self.region, "region", max: 80, required: false)
        let contact = text(self.contact, "contact", max: Self.maxContactLength, required: false)
        let language = self.language.trimmingCharacters(in: .whitespaces).lowercased()
        if !StoryLanguage.isKnown(language) { problems.append(.init("language", language.isEmpty ? .required : .unknownLanguage)) }
        let voice = Voice(rawValue: self.voice)
        if voice == nil { problems.append(.init("voice", self.voice.isEmpty ? .required : .unknownVoice)) }
        let themes = self.themes.compactMap(Theme.init(rawValue:))
        if themes.count != self.themes.count { problems.append(.init("themes", .unknownTheme)) }
        let country = self.country.trimmingCharacters(in: .whitespaces).uppercased()
        if !Place.countryCodes.contains(country) { problems.append(.init("country", country.isEmpty ? .required : .unknownCountry)) }
        if !region.isEmpty, !Place.isCoarse(region) { problems.append(.init("region", .notCoarse)) }

        let ageGroup = AgeGroup(rawValue: self.ageGroup)
        if ageGroup == nil { problems.append(.init("ageGroup", .unknownAgeGroup)) }
        let creditName = text(self.creditName, "creditName", max: Self.maxNameLength, required: (credit ?? .anonymous) != .anonymous)
        let credit = Credit(mode: self.credit ?? .anonymous, name: creditName)
        if self.credit == nil { problems.append(.init("credit", .required)) }
        if ageGroup == .child {
            if !credit.isAllowedForChildren { problems.append(.init("credit", .childCredit)) }
            if !guardianConsent { problems.append(.init("guardianConsent", .guardianConsentRequired)) }
        }

        var consent = Consent()
        for (scope, until) in self.consent {
            if let until, until <= now { problems.append(.init("consent.\(scope.rawValue)", .consentEndsInPast)) }
            consent.grant(scope, until: until)
        }
        if self.consent[.publish] == nil { problems.append(.init("consent.publish", .publishConsentRequired)) }

        // Optional, and never required: empty means the teller chose not to say.
        let gender = Gender(rawValue: self.gender)
        if !self.gender.isEmpty, gender == nil { problems.append(.init("gender", .unknownGender)) }
        let originRegion = OriginRegion(rawValue: self.originRegion)
        if !self.originRegion.isEmpty, originRegion == nil { problems.append(.init("originRegion", .unknownOriginRegion)) }

        guard problems.isEmpty, let voice, let ageGroup else { throw SubmissionError(problems: problems) }
        var story = ValidStory(
            title: title, body: body, language: language, voice: voice, themes: Array(Set(themes)).sorted { $0.rawValue < $1.rawValue },
            place: Place(country: country, region: region.isEmpty ? nil : region), credit: credit, consent: consent,
            ageGroup: ageGroup, hasGuardianConsent: ageGroup == .child && guardianConsent, contact: contact.isEmpty ? nil : contact)
        story.gender = gender
        story.originRegion = originRegion
        return story
    }
}
