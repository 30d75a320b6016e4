import Foundation
import XCTest

@testable import NarrativeChecker

/// A term's words are folded without the tokenizer when they are letters and marks only; they must
/// fold exactly as the tokenizer folds a draft's words, or a rule would stop matching.
final class TermFoldingTests: XCTestCase {
    func testWordsOfLettersFoldAsTheTokenizerFoldsThem() {
        let words = [
            "Straße", "İstanbul", "ılımlı", "réfugiés", "NIÑOS", "Ausländer", "göçmenler", "المهاجرين", "اللاجئـــين",
            "مُهَاجِر", "إرهابيين", "مؤامرة", "جالية", "e\u{0301}migré", "ÇOCUKLAR", "São", "ﻻجئ", "ǅemal",
        ]
        for word in words {
            XCTAssertEqual(Term.foldedWords(of: Substring(word)), Term.tokenizedWords(of: Substring(word)), word)
        }
    }

    /// Every word of every built-in pack, read both ways.
    func testEveryWordOfTheBuiltInPacksFoldsAsTheTokenizerFoldsIt() throws {
        let folder = try XCTUnwrap(Bundle.module.url(forResource: "packs", withExtension: nil))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
        XCTAssertEqual(files.count, 8)
        var compared = 0
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            var seen: Set<Substring> = []
            for piece in text.split(whereSeparator: { $0.isWhitespace || "{},\"'*:#[]".contains($0) }) where seen.insert(piece).inserted {
                let fast = Term.foldedWords(of: piece)
                let tokenized = Term.tokenizedWords(of: piece)
                if fast != tokenized { XCTFail("\(file): “\(piece)” folds to \(fast), the tokenizer to \(tokenized)") }
                compared += 1
            }
        }
        XCTAssertGreaterThan(compared, 10_000)
    }
}
