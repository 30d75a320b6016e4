@testable import NarrativeChecker

/// A small English pack written for the tests, so they do not depend on the shipped packs' wording.
enum TestPack {
    /// The ids of the rules that fire on `text`, in English, with a pack written in the test itself.
    static func rules(_ text: String, yaml: String) throws -> [String] {
        let checker = try Checker(packs: [try RulePack.parse(yaml: yaml, file: "test.yaml")])
        return checker.check(text, options: .init(language: "en")).findings.map(\.rule)
    }

    static let yaml = """
        pack: en
        name: English (test)
        people: [migrant*, refugee*, people, families, newcomer*]
        mentions: [word, term, "stopped writing"]
        rules:
          - id: en.test-illegal
            category: dehumanising-term
            severity: error
            terms: [illegal immigrant*, illegals, "# illegal"]
            suggestions: [undocumented migrants]
            message: { en: "“Illegal” describes an action, never a person." }
            source: { publisher: Associated Press, title: AP Stylebook, year: 2013, url: "https://www.ap.org/" }
            examples:
              flag: ["They called them illegals."]
              pass: ["They entered irregularly."]
          - id: en.test-flood
            category: disaster-metaphor
            severity: warning
            kind: contextual
            terms: [flood*, wave*]
            except: [river, rain]
            message: { en: "Water words make people sound like a disaster." }
            source: none
            examples:
              flag: ["A flood of migrants arrived."]
              pass: ["Flood warnings were issued for the coast."]
        strengths:
          - id: en.test-we
            kind: we
            terms: [we, our, together]
            message: { en: "Speaks of “we”." }
          - id: en.test-roles
            kind: named-person
            terms: [nurse*, neighbour*]
            message: { en: "Names people by who they are." }
        """

    static func checker() throws -> Checker {
        try Checker(packs: [try RulePack.parse(yaml: yaml, file: "test.yaml")])
    }
}
