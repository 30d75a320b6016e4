import XCTest

@testable import NarrativeChecker

final class TokenizerTests: XCTestCase {
    func testWordsAreFoldedAndFrenchElisionIsSplitOff() {
        let keys = Tokenizer.tokenize("L’Immigration, d'IMMIGRÉS: Straße İstanbul").tokens.map(\.key)
        XCTAssertEqual(keys, ["l", "immigration", "d", "immigres", "strasse", "istanbul"])
    }

    func testArabicWordsAlsoMatchWithoutTheirClitics() {
        let token = Tokenizer.tokenize("والمهاجرين").tokens[0]
        XCTAssertTrue(token.keys.contains("مهاجرين"))
        XCTAssertTrue(token.keys.contains("المهاجرين"))
        XCTAssertTrue(Tokenizer.tokenize("لاجئ").tokens[0].keys.contains("لاجي"), "hamza on yeh folds; the word keeps its first letter")
        XCTAssertEqual(Tokenizer.tokenize("غَيْرُ الشَّرْعِيِّ").tokens.map(\.key), ["غير", "الشرعي"], "short vowels are dropped")
    }

    func testFiguresAndSentences() {
        let cut = Tokenizer.tokenize("We are 1,200. That is 45% more!")
        XCTAssertEqual(cut.tokens.filter(\.isFigure).map(\.key), ["1,200", "45"])
        XCTAssertEqual(cut.sentenceLengths, [3, 4])
    }
}
