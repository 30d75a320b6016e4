/// What each detector reads: the scanned text and the words of its languages.
struct DetectionInput: Sendable {
    let text: ScannedText
    let lexicon: CompiledLexicon
    /// Per token: a street type ("Road", "rue", "Hauptstraße"), worked out once as several detectors ask.
    let isStreetType: [Bool]

    init(text: ScannedText, lexicon: CompiledLexicon) {
        self.text = text
        self.lexicon = lexicon
        isStreetType = text.tokens.map(lexicon.isStreetType)
    }

    var tokens: [ScannedText.Token] { text.tokens }
    var scalars: [Unicode.Scalar] { text.scalars }

    func span(_ start: Int, _ end: Int, _ type: DetailType, _ confidence: Double) -> Span {
        Span(start: start, end: end, type: type, text: text.text(start, end), confidence: confidence)
    }

    /// Whether one of `phrases` ends within `distance` tokens before token `index`, in the same sentence.
    func cue(_ phrases: PhraseSet, before index: Int, within distance: Int) -> Bool {
        guard !phrases.isEmpty else { return false }
        var candidate = index - 1
        while candidate >= 0, index - candidate <= distance + 4 {
            if let length = phrases.match(in: text, at: candidate), candidate + length <= index,
                index - (candidate + length) <= distance, !crossesSentence(tokens[candidate].end, tokens[index].start)
            {
                return true
            }
            candidate -= 1
        }
        return false
    }

    /// Whether one of `phrases` starts within `distance` tokens after token `index`, in the same sentence
    /// ("am 12.03.1994 geboren", "le 2 février 2018 … arrivée").
    func cue(_ phrases: PhraseSet, after index: Int, within distance: Int) -> Bool {
        guard !phrases.isEmpty else { return false }
        var candidate = index + 1
        while candidate < tokens.count, candidate - index - 1 <= distance, !crossesSentence(tokens[index].end, tokens[candidate].start) {
            if phrases.match(in: text, at: candidate) != nil { return true }
            candidate += 1
        }
        return false
    }

    /// A full stop, question or exclamation mark followed by a space, or a line break, between two offsets.
    func crossesSentence(_ start: Int, _ end: Int) -> Bool {
        guard start < end else { return false }
        var index = start
        while index < end {
            let scalar = scalars[index]
            if scalar == "\n" { return true }
            if scalar == "." || scalar == "!" || scalar == "?" || scalar == "؟" {
                if index + 1 >= scalars.count || Characters.isSpace(scalars[index + 1]) || scalars[index + 1] == "\n" { return true }
            }
            index += 1
        }
        return false
    }
}
