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

    /// The likeliest language, or nil for a draft with too few words to tell.
    static func detect(_ text: String, tokens: [Token]) -> String? {
        var arabic = 0
        var letters = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            letters += 1
            if Folding.isArabic(scalar) { arabic += 1 }
        }
        if letters > 0, arabic * 3 >= letters { return "ar" }
        var scores: [String: Int] = [:]
        for token in tokens {
            for language in languages where markers[language]?.contains(token.key) == true { scores[language, default: 0] += 1 }
        }
        // Turkish letters survive no other language's text: a strong hint.
        if text.unicodeScalars.contains(where: { "ğışĞİŞ".unicodeScalars.contains($0) }) { scores["tr", default: 0] += 3 }
        if text.unicodeScalars.contains(where: { "ãõ".unicodeScalars.contains($0) }) { scores["pt", default: 0] += 2 }
        if text.unicodeScalars.contains(where: { "ñ¿¡".unicodeScalars.contains($0) }) { scores["es", default: 0] += 2 }
        if text.unicodeScalars.contains(where: { "äöß".unicodeScalars.contains($0) }) { scores["de", default: 0] += 2 }
        guard let best = scores.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), best.value > 0 else { return nil }
        return best.key
    }
}
