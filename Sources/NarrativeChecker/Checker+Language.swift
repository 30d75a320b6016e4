extension Checker {
    /// The language ``check(_:options:)`` would read `text` in when given none: one of the built-in
    /// languages, or nil when the draft has too few words to tell (the check then reads it in English,
    /// or in the audience's language). A command can read only that language's pack: reading all
    /// eight takes most of a second.
    public static func language(of text: String) -> String? {
        LanguageDetector.detect(text, cut: Tokenizer.tokenize(text))
    }
}
