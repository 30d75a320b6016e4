/// A word or phrase a rule looks for, as folded words; a star makes the first or last word a stem.
struct Term: Sendable, Equatable {
    /// Folded UTF-8, as the draft's words are folded.
    enum Word: Sendable, Equatable {
        case exact([UInt8])
        /// Any word that starts with this (`invad*`).
        case prefix([UInt8])
        /// Any word that ends with this (`*welle`).
        case suffix([UInt8])
        /// Any figure (`#` in a pack: "# illegals" for "23 illegals").
        case figure

        @inline(__always)
        func matches(_ token: Token, in words: Words) -> Bool {
            switch self {
            case .exact(let word): return words.anyKey(token) { words.equals($0, word) }
            case .prefix(let stem): return words.anyKey(token) { words.hasPrefix($0, stem) }
            case .suffix(let stem): return words.anyKey(token) { words.hasSuffix($0, stem) }
            case .figure: return token.isFigure
            }
        }
    }

    let words: [Word]

    /// Parses "illegal immigrant*" as a pack writes it; nil when nothing is left to match (or
    /// only figures: a term must name something).
    init?(_ text: String) {
        var words: [Word] = []
        for piece in text.split(whereSeparator: \.isWhitespace) {
            if piece == "#" {
                words.append(.figure)
                continue
            }
            let leadingStar = piece.hasPrefix("*")
            let trailingStar = piece.hasSuffix("*") && piece.count > 1
            let inner = piece.trimmingCharacters(in: "*")
            let cut = Tokenizer.tokenize(String(inner))
            let parts = cut.withWords { cutWords in cut.tokens.map { Array(cutWords.folded[$0.key.offset..<$0.key.offset + $0.key.length]) }
            }
            for (index, part) in parts.enumerated() {
                if leadingStar, index == 0 {
                    words.append(.suffix(part))
                } else if trailingStar, index == parts.count - 1 {
                    words.append(.prefix(part))
                } else {
                    words.append(.exact(part))
                }
            }
        }
        guard words.contains(where: { $0 != .figure }) else { return nil }
        self.words = words
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in character: Character) -> Substring {
        var result = self
        while result.first == character { result = result.dropFirst() }
        while result.last == character { result = result.dropLast() }
        return result
    }
}
