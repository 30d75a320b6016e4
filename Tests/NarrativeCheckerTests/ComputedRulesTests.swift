import XCTest

@testable import NarrativeChecker

final class ComputedRulesTests: XCTestCase {
    func testAPostOverItsLengthIsFlaggedFromTheLimit() throws {
        let text = String(repeating: "We share bread. ", count: 20)
        let finding = try XCTUnwrap(try TestPack.checker().check(text, options: .init(language: "en", medium: .post)).findings.first)
        XCTAssertEqual(finding.category, .length)
        XCTAssertEqual(finding.start, 280)
        XCTAssertEqual(finding.message, "This post has \(text.unicodeScalars.count - 1) characters; posts read best under 280.")
        XCTAssertTrue(try TestPack.checker().check(text, options: .init(language: "en", medium: .article)).findings.isEmpty)
    }

    func testFiguresPiledUpAreASuggestion() throws {
        let report = try TestPack.checker().check(
            "In 2023, 45% of 1,200 people said 3.5 times more than 12 in 2019.", options: .init(language: "en"))
        XCTAssertEqual(report.findings.map(\.category), [.statisticsOverload])
        XCTAssertTrue(try TestPack.checker().check("In 2023 we opened a bakery together.", options: .init(language: "en")).findings.isEmpty)
        XCTAssertEqual(
            try TestPack.checker().check(
                "Amira was born on 3 March at 4:12 am, 3150 g and 51 cm; we walked 12 km home.", options: .init(language: "en")
            )
            .findings,
            [], "a time, a weight and a length are measures, not statistics")
    }

    func testADraftInAnotherLanguageThanItsAudienceIsFlagged() throws {
        let report = try TestPack.checker().check(
            "Nous cuisinons ensemble dans le quartier et nous partageons le pain avec les voisins.",
            options: .init(audienceLanguage: "en"))
        XCTAssertEqual(report.language, "fr")
        XCTAssertEqual(report.findings.map(\.category), [.languageMismatch])
    }

    func testPeopleNamedOnlyByTheirStatusAgainAndAgain() throws {
        let checker = try TestPack.checker()
        let status = checker.check(
            "The refugee arrived. The refugee found work. Now the refugee cooks for the town.", options: .init(language: "en"))
        XCTAssertEqual(status.findings.map(\.category), [.migrantNess])
        let named = checker.check(
            "The refugee arrived. The refugee, a nurse, found work. Now the refugee cooks for the town.", options: .init(language: "en"))
        XCTAssertEqual(named.findings, [], "naming who she is is enough")
    }

    func testVeryLongSentencesAreASuggestion() throws {
        let sentence = (1...35).map { _ in "word" }.joined(separator: " ") + "."
        XCTAssertEqual(
            try TestPack.checker().check(sentence, options: .init(language: "en", medium: .article)).findings.map(\.category),
            [.readability])
    }
}
