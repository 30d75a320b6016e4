/// Street addresses: a house number with a street-type word in the story's languages, in either
/// order ("14 Elm Grove", "12 rue des Lilas", "Hauptstraße 12", "Calle Mayor 5, 3º B", "شارع الحمرا ١٢"),
/// with a postcode written next to it. A street named without a number is only a suggestion: "the
/// market on Sonnenallee" names a public place, not where someone sleeps.
enum AddressDetector {
    /// Little words inside street names.
    private static let particles: Set<String> = [
        "de", "des", "du", "la", "le", "les", "l", "d", "del", "della", "delle", "di", "do", "da", "dos", "das", "van", "der", "den",
        "von", "am", "an", "im", "in", "auf", "of", "the", "y", "e", "et", "st", "saint", "san", "santa", "sankt", "los", "las", "dels",
        "les", "lo", "el", "al", "d'", "bin", "ibn", "ben",
    ]

    /// Words for a building or its number after the street: "شارع …، عمارة ١٧", "rue …, bâtiment C".
    private static let buildingWords: Set<String> = [
        "عمارة", "بناية", "رقم", "مبنى", "building", "bâtiment", "batiment", "haus", "edificio", "no", "nº", "n",
    ]

    static func detect(_ input: DetectionInput) -> [Span] {
        let tokens = input.tokens
        var spans: [Span] = []
        var index = 0
        while index < tokens.count {
            if let found = numberFirst(at: index, input) ?? streetFirst(at: index, input) {
                let end =
                    found.confidence >= 0.5
                    ? withOtherPostcodes(after: withPostcode(after: withParts(after: found.end, input), input), input)
                    : found.end
                // "Flat 4, 27 Moorland Terrace", "bâtiment C, 5 allée …": parts written before the street.
                let start = found.confidence >= 0.5 ? withParts(before: nameStart(before: index, input), input) : tokens[index].start
                spans.append(input.span(start, end, .address, found.confidence))
                index = input.text.tokenIndex(atOrAfter: end)
                continue
            }
            index += 1
        }
        spans += cued(input)
        return spans
    }

    /// Where a street's name starts when capitalised words come before its type: "Karl-Heine-Straße",
    /// "Wandsbeker Chaussee", "Baker Street".
    private static func nameStart(before index: Int, _ input: DetectionInput) -> Int {
        let tokens = input.tokens
        var first = index
        while first > 0, index - first < 3, tokens[first - 1].kind == .word, tokens[first - 1].isCapitalized,
            input.isStreetType[index], !input.isStreetType[first - 1],
            ["-", " "].contains(input.text.text(tokens[first - 1].end, tokens[first].start))
        {
            first -= 1
        }
        return tokens[first].start
    }

    struct Found {
        let end: Int
        let confidence: Double
    }

    private static func isHouseNumber(_ token: ScannedText.Token, _ input: DetectionInput) -> Bool {
        guard token.kind != .word else { return false }
        let digits = input.scalars[token.start..<token.end].prefix(while: Characters.isDigit).count
        return digits >= 1 && digits <= 4 && token.end - token.start - digits <= 1
    }

    private static func joined(_ a: ScannedText.Token, _ b: ScannedText.Token, _ input: DetectionInput) -> Bool {
        let gap = input.text.text(a.end, b.start)
        return gap == " " || gap == "-" || gap == "'" || gap == "’" || gap == "\u{A0}"
    }

    /// "14 Elm Grove", "12 rue des Lilas", "221b Baker Street".
    private static func numberFirst(at index: Int, _ input: DetectionInput) -> Found? {
        let tokens = input.tokens
        guard isHouseNumber(tokens[index], input) else { return nil }
        var cursor = index + 1
        // "7 bis impasse …", "12 ter rue …"
        if cursor < tokens.count, ["bis", "ter", "quater"].contains(tokens[cursor].folded), joined(tokens[index], tokens[cursor], input) {
            cursor += 1
        }
        var sawName = false
        // English order: capitalised words, then the street type.
        // "14, rue Ibn Batouta": a comma between the number and a street word.
        if cursor < tokens.count, input.text.text(tokens[index].end, tokens[cursor].start) == ", ", input.isStreetType[cursor] {
            return nameAfterType(from: cursor + 1, input).map { Found(end: $0, confidence: 0.9) }
        }
        while cursor < tokens.count, cursor <= index + 4,
            joined(tokens[cursor - 1], tokens[cursor], input)
                // "2716 W. Cermak Rd": a one-letter direction with its full stop.
                || (tokens[cursor - 1].end - tokens[cursor - 1].start == 1 && tokens[cursor - 1].isCapitalized
                    && input.text.text(tokens[cursor - 1].end, tokens[cursor].start) == ". ")
        {
            let token = tokens[cursor]
            if input.isStreetType[cursor] {
                if sawName { return Found(end: token.end, confidence: 0.9) }
                // French, Italian, Spanish order: the type first, then the name.
                return nameAfterType(from: cursor + 1, input).map { Found(end: $0, confidence: 0.9) }
            }
            guard token.kind == .word, token.isCapitalized || token.isArabic else { return nil }
            sawName = true
            cursor += 1
        }
        return nil
    }

    /// The street's name after its type: capitalised words and the particles between them.
    private static func nameAfterType(from start: Int, _ input: DetectionInput) -> Int? {
        let tokens = input.tokens
        var cursor = start
        var end: Int?
        while cursor < tokens.count, cursor < start + 5, joined(tokens[cursor - 1], tokens[cursor], input) {
            let token = tokens[cursor]
            if token.kind == .word, token.isCapitalized || token.isArabic {
                end = token.end
            } else if !particles.contains(token.folded) {
                break
            }
            cursor += 1
        }
        return end
    }

    /// "Hauptstraße 12", "Calle Mayor 5, 3º B", "via Roma 10", "شارع الحمرا ١٢"; without a number, a suggestion.
    private static func streetFirst(at index: Int, _ input: DetectionInput) -> Found? {
        let tokens = input.tokens
        let token = tokens[index]
        guard input.isStreetType[index] else { return nil }
        // A German compound carries its name ("Hauptstraße"); otherwise the name follows the type.
        let isCompound = !input.lexicon.streetTypes.contains(token.folded)
        var nameEnd = isCompound ? token.end : nameAfterType(from: index + 1, input)
        if nameEnd == nil, !isCompound, index > 0, tokens[index - 1].isCapitalized, joined(tokens[index - 1], token, input) {
            nameEnd = token.end  // "Baker Street" without a number before it
        }
        guard let end = nameEnd else { return nil }
        var next = input.text.tokenIndex(atOrAfter: end)
        // "شارع خالد بن الوليد، عمارة ١٧": the number after a word for the building.
        if next + 1 < tokens.count, buildingWords.contains(tokens[next].folded),
            [", ", "، ", "،", ","].contains(input.text.text(end, tokens[next].start)),
            isHouseNumber(tokens[next + 1], input), input.text.onlySpaces(tokens[next].end, tokens[next + 1].start)
        {
            next += 1
            return Found(end: tokens[next].end, confidence: 0.9)
        }
        guard next < tokens.count, isHouseNumber(tokens[next], input), input.text.onlySpaces(end, tokens[next].start) else {
            // No number after the name, but a building or floor around it ("بناية 23، شارع …، الطابق الثاني"):
            // that is where someone lives, not a street named as a place.
            if withParts(before: tokens[index].start, input) != tokens[index].start || withParts(after: end, input) != end {
                return Found(end: end, confidence: 0.85)
            }
            return Found(end: end, confidence: 0.35)
        }
        var last = next
        // "12 b": the letter belongs to the number (flats and floors after it: `withParts`).
        if last + 1 < tokens.count, tokens[last + 1].kind == .word, tokens[last + 1].end - tokens[last + 1].start == 1,
            input.text.onlySpaces(tokens[last].end, tokens[last + 1].start)
        {
            last += 1
        }
        var end2 = tokens[last].end
        if end2 < input.scalars.count, "ºª°".unicodeScalars.contains(input.scalars[end2]) { end2 += 1 }
        return Found(end: end2, confidence: 0.9)
    }

    private static func isPostcode(_ token: ScannedText.Token, _ input: DetectionInput) -> Bool {
        token.kind == .number && (token.end - token.start == 4 || token.end - token.start == 5)
    }

    /// ", 10115" or " 75011", "1012 AB" (Dutch), "SW1A 1AA" (British) right after the street.
    private static func withPostcode(after end: Int, _ input: DetectionInput) -> Int {
        let tokens = input.tokens
        let next = input.text.tokenIndex(atOrAfter: end)
        guard next < tokens.count else { return end }
        let gap = input.text.text(end, tokens[next].start)
        guard [", ", " ", ",", "، ", "،"].contains(gap) else { return end }
        let token = tokens[next]
        if isPostcode(token, input) {
            // Dutch: four digits and two capitals.
            if next + 1 < tokens.count, tokens[next + 1].end - tokens[next + 1].start == 2, tokens[next + 1].kind == .word,
                input.scalars[tokens[next + 1].start..<tokens[next + 1].end].allSatisfy(AccountDetector.isUpperASCII)
            {
                return tokens[next + 1].end
            }
            return token.end
        }
        // British: outward code (letters and digits, 2–4) and inward code (digit, two letters).
        if token.kind == .mixed, token.end - token.start <= 4, next + 1 < tokens.count {
            let inward = tokens[next + 1]
            let scalars = input.scalars[inward.start..<inward.end]
            if inward.end - inward.start == 3, let first = scalars.first, Characters.isDigit(first),
                scalars.dropFirst().allSatisfy(AccountDetector.isUpperASCII)
            {
                return inward.end
            }
        }
        return end
    }

    /// "I live at …", "my address is …": what follows, to the end of the clause, when it has a number.
    private static func cued(_ input: DetectionInput) -> [Span] {
        let tokens = input.tokens
        var spans: [Span] = []
        for index in tokens.indices {
            guard let length = input.lexicon.addressCues.match(in: input.text, at: index), index + length < tokens.count else { continue }
            let first = index + length
            var last = first
            while last + 1 < tokens.count, last < first + 8 {
                let gap = input.text.text(tokens[last].end, tokens[last + 1].start)
                guard gap == " " || gap == ", " || gap == "-" || gap == "/" else { break }
                last += 1
            }
            let hasNumber = tokens[first...last].contains { $0.kind != .word }
            guard hasNumber else { continue }
            // End at the last number or capitalised word: "at 14 Elm Grove with my kids" stops at Grove.
            while last > first, tokens[last].kind == .word, !tokens[last].isCapitalized, !tokens[last].isArabic { last -= 1 }
            spans.append(input.span(tokens[first].start, tokens[last].end, .address, 0.8))
        }
        return spans
    }
}
