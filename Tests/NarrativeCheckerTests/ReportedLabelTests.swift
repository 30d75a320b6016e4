import XCTest

@testable import NarrativeChecker

/// A report that someone called people a label, and criticism of it, is not a use of the label
/// (decision 0013); either alone is what a hostile post says too.
final class ReportedLabelTests: XCTestCase {
    private let yaml = """
        pack: en
        people: [migrant*, refugee*, families]
        calling: [called, described, graffiti]
        criticism: [condemned, complaint, investigation]
        rules:
          - id: en.test-illegal
            category: dehumanising-term
            severity: error
            terms: [illegals]
            message: { en: "Say who people are." }
            source: none
        """

    private func findings(_ text: String) throws -> [Finding] {
        let checker = try Checker(packs: [try RulePack.parse(yaml: yaml, file: "test.yaml")])
        return checker.check(text, options: .init(language: "en")).findings
    }

    func testALabelReportedAndCriticisedIsNoFinding() throws {
        XCTAssertEqual(try findings("The council condemned the councillor who called the families “illegals” on air."), [])
        XCTAssertEqual(
            try findings("The councillor called the families “illegals” on air. Residents filed a complaint the next day."), [],
            "the criticism may stand in the next sentence")
        XCTAssertEqual(try findings("Police opened an investigation into graffiti reading “Out, illegals” at the school."), [])
    }

    func testEitherSignAloneLeavesTheFinding() throws {
        let reported = try findings("The councillor called the families “illegals” on air.")
        XCTAssertEqual(reported.map(\.severity), [.warning], "reported speech: still a finding, one step gentler")
        XCTAssertEqual(try findings("I condemned nothing: these “illegals” broke in.").map(\.rule), ["en.test-illegal"])
    }

    func testTheCallingMustBeInTheLabelsOwnSentence() throws {
        let text = "The families were called names. The “illegals” slogan returned. Neighbours condemned it."
        XCTAssertEqual(try findings(text).map(\.rule), ["en.test-illegal"])
    }

    func testAnUnquotedOrLongQuotedLabelIsStillUsed() throws {
        XCTAssertEqual(try findings("He called them illegals and the council condemned him.").map(\.rule), ["en.test-illegal"])
        XCTAssertEqual(
            try findings("He called for “send all the illegals home” and the council condemned him.").map(\.rule), ["en.test-illegal"],
            "a quotation of more than three words is speech, not a label held up")
    }
}
