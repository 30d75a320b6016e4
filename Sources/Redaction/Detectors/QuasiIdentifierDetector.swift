/// Details that identify someone in combination: an employer ("I work at Bäckerei Yilmaz", "Yilmaz
/// GmbH") and a small place or facility ("the shelter in Moabit"). Reported as suggestions.
enum QuasiIdentifierDetector {
    static let companySuffixes: Set<String> = [
        "gmbh", "ag", "kg", "ltd", "llc", "inc", "plc", "sarl", "sas", "sa", "sl", "srl", "spa", "bv", "nv", "ab", "as", "co",
    ]

    static func detect(_ input: DetectionInput) -> [Span] {
        let tokens = input.tokens
        var spans: [Span] = []
        for index in tokens.indices {
            if let length = input.lexicon.employerCues.match(in: input.text, at: index), let end = properNoun(from: index + length, input) {
                spans.append(input.span(tokens[index + length].start, end, .employer, 0.6))
            } else if let length = input.lexicon.placeCues.match(in: input.text, at: index),
                let end = properNoun(from: index + length, input)
            {
                spans.append(input.span(tokens[index + length].start, end, .place, 0.5))
            } else if companySuffixes.contains(tokens[index].folded), index > 0,
                tokens[index].isCapitalized || tokens[index].folded.count > 2,
                tokens[index - 1].isCapitalized, input.text.onlySpaces(tokens[index - 1].end, tokens[index].start)
            {
                var first = index - 1
                while first > 0, tokens[first - 1].isCapitalized, input.text.onlySpaces(tokens[first - 1].end, tokens[first].start),
                    index - first < 4
                {
                    first -= 1
                }
                var end = tokens[index].end
                if end < input.scalars.count, input.scalars[end] == "." { end += 1 }
                spans.append(input.span(tokens[first].start, end, .employer, 0.7))
            }
        }
        return spans
    }

    /// Capitalised words (and "&", "de", "und" between them) starting at token `start`, skipping a
    /// leading article.
    private static func properNoun(from start: Int, _ input: DetectionInput) -> Int? {
        let tokens = input.tokens
        var cursor = start
        if cursor < tokens.count,
            ["the", "a", "der", "die", "das", "la", "le", "l", "el", "il", "lo", "een", "de"].contains(tokens[cursor].folded),
            !tokens[cursor].isCapitalized
        {
            cursor += 1
        }
        guard cursor < tokens.count, tokens[cursor].isCapitalized || tokens[cursor].isArabic,
            !input.crossesSentence(tokens[max(start - 1, 0)].end, tokens[cursor].start)
        else { return nil }
        let first = cursor
        var end = tokens[cursor].end
        cursor += 1
        while cursor < tokens.count, cursor < first + 5 {
            let gap = input.text.text(tokens[cursor - 1].end, tokens[cursor].start)
            guard gap == " " || gap == " & " || gap == "-" || gap == "'" || gap == "’" else { break }
            let token = tokens[cursor]
            if token.isCapitalized || (token.isArabic && tokens[first].isArabic) {
                end = token.end
            } else if !["de", "und", "and", "et", "y", "di", "del", "des", "du"].contains(token.folded) {
                break
            }
            cursor += 1
        }
        return end
    }
}
