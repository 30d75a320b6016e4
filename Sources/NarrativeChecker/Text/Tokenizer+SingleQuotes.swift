extension Tokenizer {
    /// Where the quotation opened by the single mark at `index` closes, or nil when the mark is an
    /// apostrophe ("don't", "l'immigration", "Türkiye'ye", "'90s") rather than an opening quote.
    ///
    /// An opening mark stands before a word and not after one; its closing mark comes before the
    /// sentence ends, after something that is not a space, and is not followed by a letter. Without
    /// such a pair, the words stay unquoted: a word discussed as 'illegals' is then read as
    /// discussed, and an apostrophe never hides a finding.
    static func closingSingleQuote(_ bytes: UnsafeBufferPointer<UInt8>, openingAt index: Int, width: Int) -> Int? {
        var position = index + width
        guard position < bytes.count, isWordScalar(decode(bytes, position).scalar) else { return nil }
        // Quotations about a word or a phrase are short; a stray apostrophe should not scan a book.
        let limit = min(bytes.count, position + 400)
        var previous = decode(bytes, position).scalar
        while position < limit {
            let (scalar, scalarWidth) = decode(bytes, position)
            let next = position + scalarWidth
            switch scalar {
            case "'", "\u{2019}":
                if !previous.properties.isWhitespace, next >= bytes.count || !isWordScalar(decode(bytes, next).scalar) {
                    return position
                }
            case "\n", "\u{2029}":
                return nil
            case ".", "!", "?", "\u{061F}":
                // 'go home.' closes right after its full stop; otherwise the sentence has ended.
                if next < bytes.count, case let after = decode(bytes, next).scalar, after == "'" || after == "\u{2019}" { break }
                return nil
            default:
                break
            }
            previous = scalar
            position = next
        }
        return nil
    }
}
