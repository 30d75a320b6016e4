/// A word or phrase a rule looks for, as folded words; a star makes the first or last word a stem.
struct Term: Sendable, Equatable {
    enum Word: Sendable, Equatable {
        case exact(String)
        /// Any word that starts with this (`invad*`).
        case prefix(String)
        /// Any word that ends with this (`*welle`).
        case suffix(String)

        func matches(_ key: String) -> Bool {
            switch self {
            case .exact(let word): return key == word
            case .prefix(let stem): return key.hasPrefix(stem)
            case .suffix(let stem): return key.hasSuffix(stem)
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
            let parts = Tokenizer.tokenize(String(inner)).tokens.map(\.key)
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
