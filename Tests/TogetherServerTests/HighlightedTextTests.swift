import Redaction
import XCTest

@testable import TogetherServer

final class HighlightedTextTests: XCTestCase {
    func testMarksFollowScalarOffsetsAcrossParagraphsAndEmoji() {
        let text = "Hello 👋 Amal.\n\nCall +49 151 23456789\nsoon."
        let spans = [
            Span(start: 8, end: 12, type: .name, text: "Amal", confidence: 0.9),
            Span(start: 20, end: 36, type: .phone, text: "+49 151 23456789", confidence: 0.95),
        ]
        let highlighted = HighlightedText(text, spans: spans) { $0.type.rawValue }
        let rendered = highlighted.paragraphs.map { paragraph in
            paragraph.pieces.map { $0.isMarked ? "[\($0.kind):\($0.text)]" : $0.text }.joined()
        }
        XCTAssertEqual(rendered, ["Hello 👋 [name:Amal].", "Call [phone:+49 151 23456789]", "soon."])
    }
}
