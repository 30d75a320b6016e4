import XCTest

@testable import NarrativeChecker

/// Two rules of one category that find the same words tell the reader once, at the higher severity;
/// a rule of another category on the same words is other advice and stays.
final class SameSpanTests: XCTestCase {
    static let yaml = """
        pack: en
        people: [migrant*, refugee*]
        rules:
          - id: en.test-b-illegals
            category: dehumanising-term
            severity: warning
            terms: [illegals]
            message: { en: "Say who people are." }
            source: none
            examples:
              flag: ["Stop the illegals."]
          - id: en.test-z-illegals-again
            category: dehumanising-term
            severity: error
            terms: [illegals]
            message: { en: "“Illegal” describes an action, never a person." }
            source: none
            examples:
              flag: ["Stop the illegals."]
          - id: en.test-c-illegals-legal
            category: legal-accuracy
            severity: suggestion
            terms: [illegals]
            message: { en: "Crossing a border irregularly is not a crime in most countries." }
            source: none
        """

    func findings(_ text: String) throws -> [Finding] {
        let checker = try Checker(packs: [try RulePack.parse(yaml: Self.yaml, file: "test.yaml")])
        return checker.check(text, options: .init(language: "en")).findings
    }

    func testTwoRulesOfOneCategoryOnTheSameWordsGiveOneFindingAtTheHigherSeverity() throws {
        let found = try findings("Stop the illegals.")
        XCTAssertEqual(found.filter { $0.category == .dehumanisingTerm }.map(\.rule), ["en.test-z-illegals-again"])
        XCTAssertEqual(found.filter { $0.category == .dehumanisingTerm }.map(\.severity), [.error])
    }

    func testQuotedWordsKeepTheHigherOfTheLoweredSeverities() throws {
        let found = try findings("They shouted “illegals” at him.").filter { $0.category == .dehumanisingTerm }
        XCTAssertEqual(found.map(\.rule), ["en.test-z-illegals-again"])
        XCTAssertEqual(found.map(\.severity), [.warning], "an error in quotation marks is reported one step gentler")
    }

    func testAnotherCategoryOnTheSameWordsStays() throws {
        XCTAssertEqual(try findings("Stop the illegals.").map(\.category), [.dehumanisingTerm, .legalAccuracy])
    }

    func testOverlappingTermsOfOneRuleGiveOneFinding() throws {
        let yaml = """
            pack: en
            rules:
              - id: en.test-hint
                category: stereotype
                severity: warning
                terms: [i m not saying, not saying anything but]
                message: { en: "Say what you know." }
                source: none
            """
        let checker = try Checker(packs: [try RulePack.parse(yaml: yaml, file: "test.yaml")])
        let found = checker.check("I'm not saying anything but the bikes are gone.", options: .init(language: "en")).findings
        XCTAssertEqual(found.map(\.text), ["I'm not saying"])
        let twice = checker.check("I'm not saying. I'm not saying anything but.", options: .init(language: "en")).findings
        XCTAssertEqual(twice.count, 2, "apart, they are two findings")
    }

    func testEachRuleStillPassesItsOwnExamples() throws {
        let pack = try RulePack.parse(yaml: Self.yaml, file: "test.yaml")
        XCTAssertEqual(try Checker(packs: [pack]).failingExamples(of: pack).map(\.problem), [])
    }
}
