extension Tokenizer {
    /// What the last search for a closing single mark learned: no closing mark lies in
    /// `clearFrom..<clearUntil`, and whether the sentence ended there. A draft full of stray
    /// apostrophes is then scanned once, not once per apostrophe.
    struct SingleQuoteScan {
        var clearFrom = -1
        var clearUntil = -1
        var sentenceEnds = false
    }

    /// Words written with a leading apostrophe for a dropped letter ('tis, 'cause, rock 'n' roll).
    private static let elisions: Set<[UInt8]> = Set(
        ["tis", "twas", "cause", "cos", "em", "til", "n", "bout", "round", "s"].map { Array($0.utf8) })

    /// Where the quotation opened by the single mark at `index` closes, or nil when the mark is an
    /// apostrophe ("don't", "l'immigration", "Türkiye'ye", "the '90s", "'tis") rather than an
    /// opening quote.
    ///
    /// An opening mark is a straight ' or a left ‘ (a right ’ is the apostrophe) before a word
    /// that is not an elision, or the German low ‚, which is never an apostrophe and closes with ‘ as
    /// well; its closing mark comes before the sentence ends, after something that is not a space, and
    /// is not followed by a letter. Without such a pair the words stay unquoted:
    /// an apostrophe never softens or hides a finding.
    static func closingSingleQuote(
        _ bytes: UnsafeBufferPointer<UInt8>, openingAt index: Int, width: Int, scan memo: inout SingleQuoteScan
    ) -> Int? {
        let start = index + width
        let opening = decode(bytes, index).scalar
        guard opening != "\u{2019}", start < bytes.count else { return nil }
        // ‚…‘ also closes at ‘; its scans keep their own memo (the caller passes it).
        let low = opening == "\u{201A}"
        let first = decode(bytes, start).scalar
        guard isWordScalar(first), !isDigit(first), !isElision(bytes, from: start) else { return nil }
        var position = start
        var previous = first
        if memo.clearFrom <= start, start < memo.clearUntil {
            if memo.sentenceEnds { return nil }
            position = memo.clearUntil
            var back = position - 1
            while back > 0, bytes[back] & 0xC0 == 0x80 { back -= 1 }
            previous = decode(bytes, back).scalar
        }
        // Quotations about a word or a phrase are short; a stray apostrophe should not scan a book.
        let limit = min(bytes.count, start + 400)
        while position < limit {
            let (scalar, scalarWidth) = decode(bytes, position)
            let next = position + scalarWidth
            switch scalar {
            case "'", "\u{2019}",
                "\u{2018}" where low:
                if !previous.properties.isWhitespace, next >= bytes.count || !isWordScalar(decode(bytes, next).scalar) {
                    return position
                }
            case "\n", "\u{2029}":
                memo = SingleQuoteScan(clearFrom: start, clearUntil: position, sentenceEnds: true)
                return nil
            case ".", "!", "?", "\u{061F}", "\u{061B}":
                // 'go home.' closes right after its full stop; otherwise the sentence has ended.
                if next < bytes.count, case let after = decode(bytes, next).scalar,
                    after == "'" || after == "\u{2019}" || (low && after == "\u{2018}")
                {
                    break
                }
                memo = SingleQuoteScan(clearFrom: start, clearUntil: position, sentenceEnds: true)
                return nil
            default:
                break
            }
            previous = scalar
            position = next
        }
        memo = SingleQuoteScan(clearFrom: start, clearUntil: position, sentenceEnds: position >= bytes.count)
        return nil
    }

    /// Whether the ASCII word at `start`, lower-cased, is one of the `elisions`.
    private static func isElision(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var word: [UInt8] = []
        var index = start
        while index < bytes.count, word.count <= 5, bytes[index] < 0x80, isWordScalar(Unicode.Scalar(bytes[index])) {
            word.append(bytes[index] | 0x20)
            index += 1
        }
        if index < bytes.count, bytes[index] >= 0x80, isWordScalar(decode(bytes, index).scalar) { return false }
        return elisions.contains(word)
    }
}
