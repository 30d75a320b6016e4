import XCTest

@testable import NarrativeChecker

final class CheckerTests: XCTestCase {
    func testATermIsFoundWithItsOffsetsLineAndSource() throws {
        let report = try TestPack.checker().check("Hello.\nThree Illegal Immigrants were held.", options: .init(language: "en"))
        let finding = try XCTUnwrap(report.findings.first)
        XCTAssertEqual(finding.rule, "en.test-illegal")
        XCTAssertEqual(finding.category, .dehumanisingTerm)
        XCTAssertEqual(finding.severity, .error)
        XCTAssertEqual(finding.text, "Illegal Immigrants")
        XCTAssertEqual(finding.start, 13)
        XCTAssertEqual(finding.end, 31)
        XCTAssertEqual(finding.line, 2)
        XCTAssertEqual(finding.column, 7)
        XCTAssertEqual(finding.suggestions, ["undocumented migrants"])
        XCTAssertEqual(finding.source?.publisher, "Associated Press")
    }

    func testOffsetsCountUnicodeScalarsNotBytes() throws {
        let report = try TestPack.checker().check("Café “noël” — illegals.", options: .init(language: "en"))
        let finding = try XCTUnwrap(report.findings.first)
        XCTAssertEqual(Array("Café “noël” — illegals.".unicodeScalars)[finding.start..<finding.end].map(String.init).joined(), "illegals")
        XCTAssertEqual(finding.start, 14)
    }

    func testAMetaphorFiresOnlyNearPeopleAndNotNearItsExceptions() throws {
        let checker = try TestPack.checker()
        XCTAssertEqual(
            checker.check("A flood of migrants is coming.", options: .init(language: "en")).findings.map(\.rule), ["en.test-flood"])
        XCTAssertEqual(checker.check("Flood warnings along the coast tonight.", options: .init(language: "en")).findings, [])
        XCTAssertEqual(
            checker.check("The river flood reached families in the valley.", options: .init(language: "en")).findings, [],
            "an exception word in the window keeps the literal sense")
        XCTAssertEqual(
            checker.check("A flood hit the town. Later, migrants helped clean up.", options: .init(language: "en")).findings, [],
            "people in another sentence do not count")
    }

    func testQuotedSpeechIsReportedOneStepGentler() throws {
        let report = try TestPack.checker().check("He called them “illegals”, and we said no.", options: .init(language: "en"))
        XCTAssertEqual(report.findings.map(\.severity), [.warning])
        XCTAssertEqual(report.findings.first?.isQuoted, true)
    }

    func testStrengthsAreNamed() throws {
        let report = try TestPack.checker().check(
            "Together we cook with our neighbours, a nurse and a baker.", options: .init(language: "en"))
        XCTAssertEqual(report.strengths.map(\.kind), [.we, .namedPerson])
        XCTAssertEqual(report.strengths.first?.examples, ["Together", "we", "our"])
    }

    /// At most five examples are kept: they are the first five in the draft, whatever order the
    /// term index finds terms that start on the same word in.
    func testAStrengthsExamplesAreInReadingOrder() throws {
        let yaml = """
            pack: en
            name: English (test)
            strengths:
              - id: en.test-neighbours
                kind: named-person
                terms: [our neighbour*, our, baker*, nurse*, teacher*, driver*]
                message: { en: "Names people by who they are." }
            """
        let checker = try Checker(packs: [try RulePack.parse(yaml: yaml, file: "test.yaml")])
        let report = checker.check("Our neighbours: a baker, a nurse, a teacher and a driver.", options: .init(language: "en"))
        XCTAssertEqual(report.strengths.first?.examples, ["Our", "Our neighbours", "baker", "nurse", "teacher"])
    }

    func testWordsOfAFindingAreNoStrength() throws {
        let report = try Checker.standard().check(
            "They will never be one of us. We cook together every Sunday.", options: .init(language: "en"))
        XCTAssertEqual(report.findings.map(\.category), [.othering])
        XCTAssertEqual(report.strengths.first { $0.kind == .we }?.examples, ["We", "together"], "“one of us” is the finding")
        let alone = try Checker.standard().check("They will never be one of us.", options: .init(language: "en"))
        XCTAssertEqual(alone.strengths.map(\.kind), [])
        let placard = try Checker.standard().check(
            "A placard read “They will never be one of us.” Nobody stopped to read it.", options: .init(language: "en"))
        XCTAssertEqual(placard.findings, [], "reported speech")
        XCTAssertEqual(placard.strengths.map(\.kind), [], "and a slogan's “us” is still no “we” to praise")
    }
}

extension CheckerTests {
    func testAQuotedMetaphorIsALabelPinnedOnPeopleAnywhereInTheSentence() throws {
        let report = try TestPack.checker().check(
            "The mayor was criticised for describing families crossing the river valley last spring as “a flood”.",
            options: .init(language: "en"))
        XCTAssertEqual(report.findings.map(\.rule), [], "an exception (river) in the sentence still keeps the literal sense")
        let label = try TestPack.checker().check(
            "The mayor was criticised for describing families who arrived in town last spring as “a flood”.",
            options: .init(language: "en"))
        XCTAssertEqual(label.findings.map(\.rule), ["en.test-flood"])
        XCTAssertEqual(label.findings.first?.severity, .suggestion, "reported, one step gentler")
    }
}
