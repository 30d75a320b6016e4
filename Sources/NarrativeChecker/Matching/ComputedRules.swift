/// What the checker measures itself rather than looks up: length for the medium, figures per
/// hundred words, very long sentences, and people described only by their status.
struct ComputedRules {
    let medium: Medium
    let language: String
    let cut: Tokenizer.Result
    /// The draft names people by who they are (a strength), so status nouns are not all it says.
    let namesPeople: Bool
    /// The draft's length in Unicode scalars, without trailing white space.
    let characters: Int

    static let longSentence = 30
    /// Words that describe a person by migration status only, folded, by language.
    static let statusNouns: [String: [String]] = [
        "en": ["migrant", "migrants", "refugee", "refugees", "immigrant", "immigrants", "asylum"],
        "fr": ["migrant", "migrants", "migrante", "migrantes", "refugie", "refugies", "refugiee", "refugiees", "immigre", "immigres"],
        "es": ["migrante", "migrantes", "refugiado", "refugiados", "refugiada", "refugiadas", "inmigrante", "inmigrantes"],
        "de": ["migrant", "migranten", "migrantin", "fluchtling", "fluchtlinge", "gefluchtete", "gefluchteten"],
        "it": ["migrante", "migranti", "rifugiato", "rifugiati", "rifugiata", "immigrato", "immigrati"],
        // Folded: ئ loses its hamza (لاجئ -> لاجي).
        "ar": ["مهاجر", "مهاجرين", "مهاجرون", "لاجي", "لاجيين", "لاجيون"],
        "tr": ["gocmen", "gocmenler", "multeci", "multeciler", "siginmaci", "siginmacilar"],
        "pt": ["migrante", "migrantes", "refugiado", "refugiados", "imigrante", "imigrantes"],
    ]

    /// Words after a figure that make it a time of day or a measure ("18 h", "9 am", "3150 g", "12 km",
    /// "40 min"): opening hours, a birth announcement or a walk's route, not statistics.
    static let measureMarkers: Set<String> = [
        "h", "am", "pm", "uhr", "hs", "saat",
        "g", "kg", "mg", "gr", "gramm", "grams", "kilo", "kilos", "lb", "lbs", "oz", "cm", "mm", "km", "ml", "min",
        "minutes", "minuten", "minuti", "minutos", "dakika",
    ]

    /// A percentage, a number with separators, or a count of a hundred or more that is not a year:
    /// what statistics are made of (opening hours and a phone number are not).
    static func isStatistic(_ token: Token, key: String) -> Bool {
        if token.isPercent || key.contains(",") || key.contains(".") { return true }
        guard let value = Int(key) else { return false }
        return value >= 100 && !(1900...2099).contains(value) && key.count != 3
    }

    /// The status nouns of `language` as folded bytes, with their hashes for a quick first test.
    static let statusNounKeys: [String: [(hash: UInt64, bytes: [UInt8])]] = statusNouns.mapValues { nouns in
        nouns.map { (BitFilter.hash($0.utf8), Array($0.utf8)) }
    }

    func apply(_ context: inout FindingContext) {
        let tokens = cut.tokens
        guard let last = tokens.last else { return }
        // Length for the medium.
        let limit = medium.limit
        if let maximum = limit.characters, characters > maximum {
            context.addComputed(
                "length-\(medium.rawValue)", .length, .suggestion, start: maximum, end: characters,
                values: ["count": String(characters), "limit": String(maximum)])
        }
        if let maximum = limit.words, tokens.count > maximum {
            context.addComputed(
                "length-\(medium.rawValue)", .length, .suggestion, start: tokens[maximum].start, end: last.end,
                values: ["count": String(tokens.count), "limit": String(maximum)])
        }
        // Figures per hundred words.
        let figures = tokens.indices.filter { index in
            tokens[index].isFigure && !(index + 1 < tokens.count && Self.measureMarkers.contains(cut.key(tokens[index + 1])))
        }.map { tokens[$0] }
        if figures.count >= 3, figures.contains(where: { Self.isStatistic($0, key: cut.key($0)) }),
            Double(figures.count) * 100 / Double(tokens.count) > medium.figuresPer100Words
        {
            context.addComputed(
                "statistics-overload", .statisticsOverload, .suggestion, start: figures[0].start, end: figures[figures.count - 1].end,
                values: ["count": String(figures.count), "words": String(tokens.count)])
        }
        // Very long sentences.
        var index = 0
        for length in cut.sentenceLengths {
            if length > Self.longSentence, index + length - 1 < tokens.count {
                context.addComputed(
                    "readability-long-sentence", .readability, .suggestion, start: tokens[index].start, end: tokens[index + length - 1].end,
                    values: ["count": String(length)])
            }
            index += length
        }
        // People described only by their status, again and again.
        if !namesPeople, let nouns = Self.statusNounKeys[language] {
            let mentions = cut.withWords { words in
                tokens.filter { token in
                    words.anyKey(token) { key in nouns.contains { $0.hash == key.hash && words.equals(key, $0.bytes) } }
                }
            }
            if mentions.count >= 3 {
                context.addComputed(
                    "migrant-ness", .migrantNess, .suggestion, start: mentions[2].start, end: mentions[2].end,
                    values: ["count": String(mentions.count)])
            }
        }
    }
}
