import Mustache
import XCTest

@testable import TogetherServer

final class HTMLEscapingTests: XCTestCase {
    func testEscapesWhatTheTemplateEngineEscapes() throws {
        let engine = try MustacheTemplate(string: "{{text}}")
        for text in [
            "", "plain words", "<script>alert('x')</script>", "Tom & Jerry \"quoted\"", "خبز الأحد <b>", "a > b", "&amp; already",
            "emoji 👩🏽‍🍳 & more", "mixed\nlines\r\nand\ttabs",
        ] {
            XCTAssertEqual(HTMLEscaping.escape(text), engine.render(["text": text]), text)
        }
    }

    func testAnAngleBracketFollowedByACombiningMarkIsStillEscaped() {
        // One Character in Swift ("<" + U+0338), so a character-by-character lookup would let it through.
        XCTAssertEqual(HTMLEscaping.escape("<\u{338}script>"), "&lt;\u{338}script&gt;")
    }

    func testTemplatesRenderThroughTheByteEscaper() async throws {
        let resources = try await SharedResources.shared.get()
        let html = resources.templates.render(["page": ["text": "<\u{338}b>"]], withTemplate: "message") ?? ""
        XCTAssertTrue(html.contains("<p>&lt;\u{338}b&gt;</p>"), "the page's own block and the layout both escape by bytes")
        XCTAssertTrue(html.hasPrefix("<!doctype html>"), "the switch adds nothing to the page")
    }

    func testParagraphsFollowTheTellersLineBreaksWhateverTheirKind() {
        XCTAssertEqual(StoryText.paragraphs("One.\r\nTwo.\n\n  Three.  \rFour."), ["One.", "Two.", "Three.", "Four."])
        XCTAssertEqual(StoryText.paragraphs(" \n\t\n"), [])
    }
}
