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

extension TokenizerTests {
    func testTheKeysComputedWhileCuttingMatchTheIndexKeys() {
        for text in ["Migrationswelle", "flood", "ab", "Straße", "والمهاجرين", "göçmenler"] {
            let token = Tokenizer.tokenize(text).tokens[0]
            XCTAssertEqual(token.keyHash, BitFilter.hash(token.key), text)
            XCTAssertEqual(token.prefixKey, TermIndex<Void>.stemKey(token.key, fromEnd: false), text)
            XCTAssertEqual(token.suffixKey, TermIndex<Void>.stemKey(token.key, fromEnd: true), text)
        }
    }

    func testStarsMatchTheStartOrTheEndOfAWord() throws {
        let pack = try RulePack.parse(
            yaml: """
                pack: de
                rules:
                  - id: de.test-welle
                    category: disaster-metaphor
                    severity: warning
                    terms: ["*welle", "asylant*"]
                    message: { en: W, de: W }
                    source: none
                """, file: "test.yaml")
        let checker = try Checker(packs: [pack])
        let found = checker.check("Die Migrationswelle und die Asylanten.", options: .init(language: "de")).findings.map(\.text)
        XCTAssertEqual(found, ["Migrationswelle", "Asylanten"])
        XCTAssertEqual(checker.check("Die Welle am Strand.", options: .init(language: "de")).findings.map(\.text), ["Welle"])
    }
}
