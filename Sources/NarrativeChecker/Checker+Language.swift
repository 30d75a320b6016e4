extension Checker {
    /// The language ``check(_:options:)`` would read `text` in when given none: one of the built-in
    /// languages, or nil when none of its words tells (the check then reads it in the audience's
    /// language if one is given, else in English). A command can read only that language's pack:
    /// reading all eight takes most of a second.
    public static func language(of text: String) -> String? {
        LanguageDetector.detect(text, cut: Tokenizer.tokenize(text))
    }
}
