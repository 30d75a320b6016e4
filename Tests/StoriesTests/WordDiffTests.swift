import Stories
import XCTest

final class WordDiffTests: XCTestCase {
    func testEveryChangeIsShownAndTheTextsCanBeRebuilt() {
        let old = "We bake bread every Sunday with the neighbours."
        let new = "We bake flatbread every Sunday with our neighbours."
        let segments = WordDiff.diff(old, new)
        XCTAssertEqual(segments.filter { $0.kind == .removed }.map(\.text), ["bread ", "the "])
        XCTAssertEqual(segments.filter { $0.kind == .added }.map(\.text), ["flatbread ", "our "])
        XCTAssertEqual(segments.filter { $0.kind != .added }.map(\.text).joined(), old)
        XCTAssertEqual(segments.filter { $0.kind != .removed }.map(\.text).joined(), new)
    }

    func testArabicAndUnchangedTexts() {
        XCTAssertEqual(WordDiff.diff("نخبز معًا", "نخبز معًا"), [.init(kind: .same, text: "نخبز معًا")])
        let segments = WordDiff.diff("نخبز معًا كل أحد", "نخبز معًا كل جمعة")
        XCTAssertEqual(segments.last, .init(kind: .added, text: "جمعة"))
    }

    func testVeryLongEditsStayBounded() {
        let old = (0..<5000).map { "a\($0)" }.joined(separator: " ")
        let new = (0..<5000).map { "b\($0)" }.joined(separator: " ")
        let segments = WordDiff.diff(old, new)
        XCTAssertEqual(segments.map(\.kind), [.removed, .added])
    }
}
