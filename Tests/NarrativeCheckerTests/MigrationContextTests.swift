import XCTest

@testable import NarrativeChecker

/// Crowds stream into festivals and flock to markets: a `migration-only` metaphor about anyone
/// (people, families, they) is a finding only where the draft is speaking of migration.
final class MigrationContextTests: XCTestCase {
    static let yaml = """
        pack: en
        people: [migrant*, refugee*]
        everyone: [people, families, they]
        migration: [asylum, border*]
        rules:
          - id: en.test-stream
            category: disaster-metaphor
            severity: warning
            kind: contextual
            migration-only: true
            terms: [streaming, flocked]
            message: { en: "Flow words make people sound like a disaster." }
            source: none
          - id: en.test-burden
            category: disaster-metaphor
            severity: warning
            kind: contextual
            terms: [burden]
            message: { en: "People are not a burden." }
            source: none
        """

    func rules(_ text: String) throws -> [String] { try TestPack.rules(text, yaml: Self.yaml) }

    func testACrowdAtAFestivalIsNoFlood() throws {
        XCTAssertEqual(try rules("Thousands of people were streaming into the square for the festival."), [])
        XCTAssertEqual(try rules("Families flocked to the market on Sunday."), [])
    }

    func testWordsForMigrantsNearTheMetaphorAreEnough() throws {
        XCTAssertEqual(try rules("Migrants are streaming into the town."), ["en.test-stream"])
    }

    func testWordsForAnyoneCountWhereTheSentenceOrTheOneBeforeSpeaksOfMigration() throws {
        XCTAssertEqual(try rules("Thousands of people are streaming across the border."), ["en.test-stream"])
        XCTAssertEqual(try rules("The asylum centre is full. They keep streaming in."), ["en.test-stream"])
        XCTAssertEqual(
            try rules("The asylum centre opened in May. The town held its fair in June. People flocked to it."), [],
            "migration two sentences back does not count")
        XCTAssertEqual(
            try rules("People keep streaming in, week after week, day after day, across the border."), ["en.test-stream"],
            "migration later in the same sentence, past the rule's window, counts")
        XCTAssertEqual(try rules("People flocked to it. The asylum centre opened later."), [], "the sentence after does not count")
    }

    func testAPartnerPackListingEveryoneAsPeopleDoesNotUndoMigrationOnly() throws {
        let partner = """
            pack: en
            people: [migrant*, people, families, they]
            rules: []
            """
        let checker = try Checker(packs: [
            try RulePack.parse(yaml: Self.yaml, file: "test.yaml"), try RulePack.parse(yaml: partner, file: "partner.yaml"),
        ])
        XCTAssertEqual(checker.check("Families flocked to the market on Sunday.", options: .init(language: "en")).findings, [])
        XCTAssertEqual(
            checker.check("Migrants flocked to the market on Sunday.", options: .init(language: "en")).findings.map(\.rule),
            ["en.test-stream"])
    }

    func testRulesWithoutTheFlagStillTakeWordsForAnyone() throws {
        XCTAssertEqual(try rules("These families are a burden."), ["en.test-burden"])
    }

    func testMigrationOnlyIsRefusedWhereItCannotApply() {
        let rule = """
            pack: en
            rules:
              - id: en.x
                category: jargon
                severity: warning
                kind: contextual
                near: [border]
                migration-only: true
                terms: [x]
                message: { en: X }
                source: none
            """
        XCTAssertThrowsError(try RulePack.parse(yaml: rule, file: "partner.yaml")) { error in
            XCTAssertEqual(
                (error as? RulePackError)?.description,
                "partner.yaml:8: rule en.x: `migration-only` applies to contextual rules that use the pack's words for people, not their own `near` list."
            )
        }
        let noNear = rule.replacingOccurrences(of: "    near: [border]\n", with: "")
        XCTAssertNoThrow(try RulePack.parse(yaml: noNear, file: "partner.yaml"))
        XCTAssertThrowsError(try RulePack.parse(yaml: noNear.replacingOccurrences(of: ": true", with: ": yes"), file: "partner.yaml")) {
            error in
            XCTAssertEqual((error as? RulePackError)?.description, "partner.yaml:7: rule en.x: `migration-only` must be true or false.")
        }
    }
}
