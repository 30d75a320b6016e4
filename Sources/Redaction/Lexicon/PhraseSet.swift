/// Phrases matched on tokens (folded), so "Je m’appelle" and "je m'appelle" meet and nothing is a
/// regular expression.
struct PhraseSet: Sendable {
    private var byFirstWord: [String: [[String]]] = [:]

    init(_ phrases: some Sequence<String>) {
        for phrase in phrases {
            let words = ScannedText(phrase).tokens.map(\.folded)
            guard let first = words.first else { continue }
            byFirstWord[first, default: []].append(words)
        }
        for key in byFirstWord.keys { byFirstWord[key]?.sort { $0.count > $1.count } }
    }

    var isEmpty: Bool { byFirstWord.isEmpty }

    /// The number of tokens of the longest phrase starting at token `index`, or nil.
    func match(in text: ScannedText, at index: Int) -> Int? {
        let token = text.tokens[index]
        if let found = longest(in: text, at: index, first: token.folded) { return found }
        // Arabic joins "and" (و) and "so" (ف) to the next word: "واسمي" is "and my name is".
        if token.isArabic, let first = token.folded.unicodeScalars.first, first == "\u{648}" || first == "\u{641}",
            token.folded.unicodeScalars.count > 2
        {
            return longest(in: text, at: index, first: String(token.folded.unicodeScalars.dropFirst()))
        }
        return nil
    }

    private func longest(in text: ScannedText, at index: Int, first: String) -> Int? {
        guard let candidates = byFirstWord[first] else { return nil }
        for words in candidates where index + words.count <= text.tokens.count {
            var matches = true
            for offset in 1..<max(1, words.count) where text.tokens[index + offset].folded != words[offset] {
                matches = false
                break
            }
            // The words of a phrase follow each other on one line.
            if matches, words.count > 1,
                text.scalars[text.tokens[index].end..<text.tokens[index + words.count - 1].start].contains("\n")
            {
                matches = false
            }
            if matches { return words.count }
        }
        return nil
    }
}
