/// Person names: after a cue ("my name is", "je m'appelle", "اسمي"), a title ("Frau", "Mme", "السيد"),
/// a relation ("my sister", "أختي"), or from the given-name list, extended over the family name.
enum NameDetector {
    /// Small words inside names: "Abu Bakr", "bin Laden", "van der Berg", "El Amrani".
    static let particles: Set<String> = [
        "al", "el", "bin", "ben", "bint", "ibn", "abu", "abou", "abd", "van", "von", "der", "den", "de", "da", "di", "del", "della",
        "dos", "das", "du", "le", "la", "mac", "mc", "o", "y",
    ]
    /// Arabic words that begin a compound name: عبد الرحمن، أبو خالد، أم خالد، بن، بنت.
    static let arabicCompounds: Set<String> = ["عبد", "ابو", "ام", "بن", "بنت", "ابن"]
    /// Arabic words that are never a name (after a cue they end it).
    static let arabicStopWords: Set<String> = [
        "و", "في", "من", "الى", "على", "عن", "هو", "هي", "انا", "نحن", "لا", "ليس", "كان", "كانت", "مع", "هذا", "هذه", "التي", "الذي",
        "ان", "قد", "ثم", "او", "كل", "بعد", "قبل", "عند", "لكن", "يا",
    ]

    static func detect(_ input: DetectionInput) -> [Span] {
        let tokens = input.tokens
        var spans: [Span] = []
        var index = 0
        while index < tokens.count {
            let lexicon = input.lexicon
            if let length = lexicon.nameCues.match(in: input.text, at: index), let name = name(after: index + length, strong: true, input) {
                spans.append(input.span(tokens[index + length].start, name, .name, 0.9))
            } else if let length = lexicon.titles.match(in: input.text, at: index),
                tokens[index].isCapitalized || tokens[index].isArabic || tokens[index].folded.count >= 4
            {
                // "Frau Dr. Hoffmann": titles in a row, then the name.
                var after = index + length
                while after < tokens.count, let more = lexicon.titles.match(in: input.text, at: after), tokens[after].isCapitalized {
                    after += more
                }
                // "Ms. Okonkwo": the title's full stop ends no sentence. In Arabic a title announces a name
                // even when the name is not in the list ("السيد كروغر").
                if after < tokens.count, let name = name(after: after, strong: tokens[index].isArabic, input, afterTitle: true) {
                    spans.append(input.span(tokens[after].start, name, .name, 0.9))
                }
            } else if let length = lexicon.relations.match(in: input.text, at: index),
                // Arabic has no capitals to tell a name from a word: after "my colleague" (زميلتي) the next word is taken.
                let name = name(after: index + length, strong: tokens[index].isArabic, input)
            {
                spans.append(input.span(tokens[index + length].start, name, .name, 0.85))
            } else if let span = listed(at: index, input) {
                spans.append(span)
            }
            index += 1
        }
        return spans
    }

    private static func isKnown(_ token: ScannedText.Token, _ input: DetectionInput) -> Bool {
        input.lexicon.givenNames.contains(token.folded) || input.lexicon.ambiguousNames.contains(token.folded)
            || input.lexicon.givenNames.contains(withoutArabicPrefix(token.folded))
    }

    /// The end offset of the name that starts at token `start`, or nil when none does. `strong`: the cue
    /// says a name follows ("my name is"), so a lower-case or unlisted word still counts.
    static func name(after start: Int, strong: Bool, _ input: DetectionInput) -> Int? {
        let tokens = input.tokens
        guard start < tokens.count else { return nil }
        // "my boss, Mr. Okonkwo": a title between the cue and the name, its full stop no sentence end.
        if let length = input.lexicon.titles.match(in: input.text, at: start), tokens[start].isCapitalized,
            start + length < tokens.count, tokens[start + length].isCapitalized,
            ["", ".", " ", ". "].contains(input.text.text(tokens[start + length - 1].end, tokens[start + length].start))
        {
            return name(after: start + length, strong: strong, input, afterTitle: true)
        }
        return name(after: start, strong: strong, input, afterTitle: false)
    }

    private static func name(after start: Int, strong: Bool, _ input: DetectionInput, afterTitle: Bool) -> Int? {
        let tokens = input.tokens
        guard start == 0 || afterTitle || !input.crossesSentence(tokens[start - 1].end, tokens[start].start) else { return nil }
        let first = tokens[start]
        guard first.kind == .word else { return nil }
        if first.isArabic {
            guard !arabicStopWords.contains(first.folded) else { return nil }
            guard strong || isKnown(first, input) || arabicCompounds.contains(first.folded) else { return nil }
            let end = arabicName(from: start, input)
            // After "my name is", the next word is the family name unless it starts a new clause ("وأنا").
            if strong, end == first.end, start + 1 < tokens.count, tokens[start + 1].isArabic,
                input.text.onlySpaces(first.end, tokens[start + 1].start), !arabicStopWords.contains(tokens[start + 1].folded),
                !tokens[start + 1].folded.hasPrefix("\u{648}") || isKnown(tokens[start + 1], input),
                !PlaceNames.all.contains(tokens[start + 1].folded)
            {
                return tokens[start + 1].end
            }
            return end
        }
        if strong, !first.isCapitalized { return lowerCaseName(from: start, input) }
        guard first.isCapitalized else { return nil }
        return latinName(from: start, input)
    }

    /// Words that end a name typed in lower case ("my name is tomasz wierzbicki and I …").
    static let nameEnders: Set<String> = [
        "and", "but", "from", "i", "im", "am", "is", "was", "to", "in", "at", "with", "und", "ich", "aus", "bin", "von", "et", "je",
        "j", "suis", "de", "du", "y", "e", "soy", "yo", "vengo", "ed", "sono", "da", "ve", "ben", "en", "och", "jag", "en", "the", "a",
        "not", "nicht", "pas", "no", "es", "est", "ist", "on", "at", "by", "for", "of", "back", "if", "when", "any", "anytime", "now",
        "please", "here", "there", "today", "tomorrow", "later", "soon", "sur", "au", "aux", "à", "al", "por", "per", "auf", "unter", "an",
        "bei", "mal", "gern", "gerne", "ici", "aquí", "qui", "what", "whatever", "anything", "something",
    ]

    /// After "my name is", up to three words typed in lower case, to a comma or a little word.
    static func lowerCaseName(from start: Int, _ input: DetectionInput) -> Int? {
        let tokens = input.tokens
        guard tokens[start].kind == .word, tokens[start].folded.unicodeScalars.count >= 2, !nameEnders.contains(tokens[start].folded)
        else { return nil }
        var end = tokens[start].end
        var cursor = start + 1
        while cursor < tokens.count, cursor < start + 3 {
            let gap = input.text.text(tokens[cursor - 1].end, tokens[cursor].start)
            let token = tokens[cursor]
            guard gap == " " || gap == "-", token.kind == .word, !token.isArabic, !nameEnders.contains(token.folded) else { break }
            end = token.end
            cursor += 1
        }
        return end
    }

    /// Capitalised words and particles, up to four, on one line without punctuation between.
    static func latinName(from start: Int, _ input: DetectionInput) -> Int {
        let tokens = input.tokens
        var end = tokens[start].end
        var cursor = start + 1
        while cursor < tokens.count, cursor < start + 5 {
            let gap = input.text.text(tokens[cursor - 1].end, tokens[cursor].start)
            guard gap == " " || gap == "-" || gap == "'" || gap == "’" else { break }
            let token = tokens[cursor]
            guard token.kind == .word, !token.isArabic else { break }
            if token.isCapitalized, !PlaceNames.all.contains(token.folded) || isKnown(token, input) {
                end = token.end
            } else if !particles.contains(token.folded) {
                break
            }
            cursor += 1
        }
        return end
    }

    /// The first word, and the next when it is a listed name, a family name with the article ("الأحمد"),
    /// or the second half of a compound ("عبد الرحمن").
    static func arabicName(from start: Int, _ input: DetectionInput) -> Int {
        let tokens = input.tokens
        var end = tokens[start].end
        var cursor = start + 1
        var previous = tokens[start]
        while cursor < tokens.count, cursor < start + 4, input.text.onlySpaces(tokens[cursor - 1].end, tokens[cursor].start) {
            let token = tokens[cursor]
            guard token.isArabic, !arabicStopWords.contains(token.folded), !PlaceNames.all.contains(token.folded) else { break }
            let isFamily = token.folded.hasPrefix("ال") && token.folded.count > 3
            guard arabicCompounds.contains(previous.folded) || isKnown(token, input) || isFamily || arabicCompounds.contains(token.folded)
            else { break }
            end = token.end
            previous = token
            cursor += 1
        }
        return end
    }

    /// A listed given name on its own: capitalised in Latin script; in Arabic script, possibly with
    /// "and" (و) or "for/with" (ل/ب) joined to it, which stays outside the span.
    static func listed(at index: Int, _ input: DetectionInput) -> Span? {
        let token = input.tokens[index]
        guard token.kind == .word else { return nil }
        if token.isArabic {
            let bare = withoutArabicPrefix(token.folded)
            let next = index + 1 < input.tokens.count ? input.tokens[index + 1] : nil
            // "عبد الله", "أبو خالد"; "أم" and "ابن" also mean "or" and "son", so only before a listed name.
            func isCompound(_ word: String) -> Bool {
                guard arabicCompounds.contains(word), let next, next.isArabic else { return false }
                return (word != "ام" && word != "ابن") || input.lexicon.givenNames.contains(next.folded)
            }
            let whole = input.lexicon.givenNames.contains(token.folded) || isCompound(token.folded)
            guard whole || input.lexicon.givenNames.contains(bare) || isCompound(bare) else { return nil }
            let start = whole ? token.start : token.start + 1
            let end = arabicName(from: index, input)
            return input.span(start, end, .name, 0.75)
        }
        guard input.lexicon.givenNames.contains(token.folded) else { return nil }
        guard token.isCapitalized else {
            // A listed name in lower case counts inside quotation marks ("just as 'nasrin'", „matteo“).
            return isQuoted(token, input) ? input.span(token.start, token.end, .name, 0.6) : nil
        }
        return input.span(token.start, latinName(from: index, input), .name, 0.8)
    }

    private static let openingQuotes: Set<Unicode.Scalar> = ["'", "\"", "‘", "“", "„", "«", "‚", "‹"]
    private static let closingQuotes: Set<Unicode.Scalar> = ["'", "\"", "’", "”", "“", "»", "‘", "›"]

    static func isQuoted(_ token: ScannedText.Token, _ input: DetectionInput) -> Bool {
        var before = token.start - 1
        while before >= 0, Characters.isSpace(input.scalars[before]) { before -= 1 }
        var after = token.end
        while after < input.scalars.count, Characters.isSpace(input.scalars[after]) { after += 1 }
        return before >= 0 && after < input.scalars.count && openingQuotes.contains(input.scalars[before])
            && closingQuotes.contains(input.scalars[after])
    }

    static func withoutArabicPrefix(_ word: String) -> String {
        guard let first = word.unicodeScalars.first, word.unicodeScalars.count > 3,
            ["\u{648}", "\u{628}", "\u{644}", "\u{641}"].contains(first)
        else { return word }
        return String(String.UnicodeScalarView(word.unicodeScalars.dropFirst()))
    }
}
