import Redaction

/// A story's words cut into paragraphs of plain and marked pieces, so the review page can show where
/// each suggested personal detail sits (`<mark>`), not only list it.
struct HighlightedText {
    struct Piece {
        let text: String
        let isMarked: Bool
        let kind: String
    }

    struct Paragraph {
        let pieces: [Piece]
    }

    let paragraphs: [Paragraph]

    /// `spans` in Unicode-scalar offsets of `text` (as the redactor gives them); `kind` names a span's type.
    init(_ text: String, spans: [Span], kind: (Span) -> String) {
        let scalars = Array(text.unicodeScalars)
        var pieces: [Piece] = []
        var cursor = 0
        for span in spans.sorted(by: { $0.start < $1.start }) where span.start >= cursor && span.end <= scalars.count {
            if span.start > cursor { pieces.append(Piece(text: Self.string(scalars[cursor..<span.start]), isMarked: false, kind: "")) }
            pieces.append(Piece(text: Self.string(scalars[span.start..<span.end]), isMarked: true, kind: kind(span)))
            cursor = span.end
        }
        if cursor < scalars.count { pieces.append(Piece(text: Self.string(scalars[cursor...]), isMarked: false, kind: "")) }
        // Line breaks start new paragraphs, as on the story page.
        var paragraphs: [[Piece]] = [[]]
        for piece in pieces {
            let lines = piece.text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            for (index, line) in lines.enumerated() {
                if index > 0 { paragraphs.append([]) }
                if !line.isEmpty {
                    paragraphs[paragraphs.count - 1].append(Piece(text: String(line), isMarked: piece.isMarked, kind: piece.kind))
                }
            }
        }
        self.paragraphs = paragraphs.filter { pieces in pieces.contains { !$0.text.allSatisfy(\.isWhitespace) } }.map(Paragraph.init)
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(String.UnicodeScalarView(scalars))
    }
}
