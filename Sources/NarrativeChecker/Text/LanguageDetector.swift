/// Guesses which of the checker's languages a draft is in, from its script and its most common
/// short words. Good enough to pick a rule pack; a writer can always say which language they mean.
enum LanguageDetector {
    static let languages = ["en", "fr", "es", "de", "it", "ar", "tr", "pt"]

    /// Folded function words, chosen so that neighbouring languages (es/pt/it, fr/it) differ.
    static let markers: [String: Set<String>] = [
        "en": [
            "the", "and", "is", "are", "of", "to", "we", "our", "they", "with", "for", "that", "this", "was", "were", "who", "have", "has",
        ],
        "fr": [
            "le", "les", "et", "est", "sont", "des", "du", "une", "nous", "dans", "pour", "qui", "avec", "pas", "au", "aux", "sur", "ce",
            "notre",
        ],
        "es": [
            "el", "los", "las", "y", "es", "son", "del", "una", "que", "con", "por", "para", "nosotros", "nuestro", "nuestra", "esta",
            "muy", "pero",
        ],
        "de": [
            "der", "die", "das", "und", "ist", "sind", "ein", "eine", "nicht", "mit", "wir", "unser", "auf", "fur", "den", "dem", "zu",
            "sich", "auch",
        ],
        "it": [
            "il", "lo", "gli", "e", "sono", "di", "della", "che", "una", "con", "per", "noi", "non", "nel", "alla", "del", "questo",
            "siamo",
        ],
        "tr": ["ve", "bir", "bu", "ile", "icin", "biz", "cok", "olarak", "ama", "gibi", "daha", "her", "ne", "da", "de", "bize", "olan"],
        "pt": [
            "o", "os", "e", "sao", "do", "da", "um", "uma", "que", "com", "para", "nos", "nao", "em", "no", "na", "tambem", "esta", "dos",
            "das",
        ],
    ]

    /// The markers by the hash of their folded bytes: each word of the draft costs one look-up.
    private static let markerLanguages: [UInt64: [(language: String, bytes: [UInt8])]] = {
        var table: [UInt64: [(language: String, bytes: [UInt8])]] = [:]
        for (language, words) in markers {
            for word in words { table[BitFilter.hash(word.utf8), default: []].append((language, Array(word.utf8))) }
        }
        return table
    }()

    /// The likeliest language, or nil for a draft with too few words to tell.
    static func detect(_ text: String, cut: Tokenizer.Result) -> String? {
        var arabic = 0
        var letters = 0
        var scores: [String: Int] = [:]
        // Letters that survive in no other of the languages' texts: strong hints.
        var hinted: Set<String> = []
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            letters += 1
            if Folding.isArabic(scalar) { arabic += 1 }
            switch scalar {
            case "ğ", "ı", "ş", "Ğ", "İ", "Ş": hinted.insert("tr")
            case "ã", "õ": hinted.insert("pt")
            case "ñ": hinted.insert("es")
            case "ä", "ö", "ß": hinted.insert("de")
            default: break
            }
        }
        if letters > 0, arabic * 3 >= letters { return "ar" }
        // ¿ and ¡ are punctuation, not letters.
        if text.unicodeScalars.contains(where: { $0 == "¿" || $0 == "¡" }) { hinted.insert("es") }
        cut.withWords { words in
            for token in words.tokens {
                for marker in markerLanguages[token.key.hash] ?? [] where words.equals(token.key, marker.bytes) {
                    scores[marker.language, default: 0] += 1
                }
            }
        }
        for (language, bonus) in [("tr", 3), ("pt", 2), ("es", 2), ("de", 2)] where hinted.contains(language) {
            scores[language, default: 0] += bonus
        }
        guard let best = scores.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), best.value > 0 else { return nil }
        return best.key
    }
}
