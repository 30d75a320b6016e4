/// A word or phrase a rule looks for, as folded words; a star makes the first or last word a stem.
struct Term: Sendable, Equatable {
    /// Folded UTF-8, as the draft's words are folded.
    enum Word: Sendable, Equatable {
        case exact([UInt8])
        /// Any word that starts with this (`invad*`).
        case prefix([UInt8])
        /// Any word that ends with this (`*welle`).
        case suffix([UInt8])

        @inline(__always)
        func matches(_ key: WordKey, in words: Words) -> Bool {
            switch self {
            case .exact(let word): return words.equals(key, word)
            case .prefix(let stem): return words.hasPrefix(key, stem)
            case .suffix(let stem): return words.hasSuffix(key, stem)
            }
        }
    }

    let words: [Word]

    /// Parses "illegal immigrant*" as a pack writes it; nil when nothing is left to match.
    init?(_ text: String) {
        var words: [Word] = []
        for piece in text.split(whereSeparator: \.isWhitespace) {
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
        guard !words.isEmpty else { return nil }
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
