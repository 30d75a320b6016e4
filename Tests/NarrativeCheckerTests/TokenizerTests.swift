import XCTest

@testable import NarrativeChecker

final class TokenizerTests: XCTestCase {
    func testWordsAreFoldedAndFrenchElisionIsSplitOff() {
        let cut = Tokenizer.tokenize("L’Immigration, d'IMMIGRÉS: Straße İstanbul")
        let keys = cut.tokens.map(cut.key)
        XCTAssertEqual(keys, ["l", "immigration", "d", "immigres", "strasse", "istanbul"])
    }

    func testArabicWordsAlsoMatchWithoutTheirClitics() {
        let cut = Tokenizer.tokenize("والمهاجرين")
        XCTAssertTrue(cut.keys(cut.tokens[0]).contains("مهاجرين"))
        XCTAssertTrue(cut.keys(cut.tokens[0]).contains("المهاجرين"))
        let refugee = Tokenizer.tokenize("لاجئ")
        XCTAssertTrue(refugee.keys(refugee.tokens[0]).contains("لاجي"), "hamza on yeh folds; the word keeps its first letter")
        let vowelled = Tokenizer.tokenize("غَيْرُ الشَّرْعِيِّ")
        XCTAssertEqual(vowelled.tokens.map(vowelled.key), ["غير", "الشرعي"], "short vowels are dropped")
    }

    func testFiguresAndSentences() {
        let cut = Tokenizer.tokenize("We are 1,200. That is 45% more!")
        XCTAssertEqual(cut.tokens.filter(\.isFigure).map(cut.key), ["1,200", "45"])
        XCTAssertEqual(cut.sentenceLengths, [3, 4])
    }
}

extension TokenizerTests {
    func testTheKeysComputedWhileCuttingMatchTheIndexKeys() {
        for text in ["Migrationswelle", "flood", "ab", "Straße", "والمهاجرين", "göçmenler"] {
            let cut = Tokenizer.tokenize(text)
            let key = Array(cut.key(cut.tokens[0]).utf8)
            XCTAssertEqual(cut.tokens[0].key.hash, BitFilter.hash(key), text)
            XCTAssertEqual(cut.tokens[0].key.prefix, TermIndex<Void>.stemKey(key, fromEnd: false), text)
            XCTAssertEqual(cut.tokens[0].key.suffix, TermIndex<Void>.stemKey(key, fromEnd: true), text)
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
