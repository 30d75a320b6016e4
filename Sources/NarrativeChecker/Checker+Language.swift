extension Checker {
    /// The language ``check(_:options:)`` reads `text` in: the one `options` gives, else the one
    /// detected, else the audience's, else English. A command can compile only that language's pack:
    /// reading all eight takes most of a second.
    public static func language(of text: String, options: Options = Options()) -> String {
        let detected = options.language == nil ? LanguageDetector.detect(text, cut: Tokenizer.tokenize(text)) : nil
        return readingLanguage(options, detected: detected)
    }

    /// The one choice of a draft's language, for ``language(of:options:)`` and the check itself.
    static func readingLanguage(_ options: Options, detected: String?) -> String {
        options.language ?? detected ?? options.audienceLanguage ?? "en"
    }
}
