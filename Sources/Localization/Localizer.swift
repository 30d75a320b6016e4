/// Finds the text for a key in one language, falling back to the source catalog (the `.pot`
/// template, whose `msgid`s are the English source text) so a missing translation shows
/// English rather than a raw key.
public struct Localizer: Sendable {
    public let language: Language
    let catalog: Catalog?
    let source: Catalog

    public init(language: Language, catalog: Catalog?, source: Catalog) {
        self.language = language
        self.catalog = catalog
        self.source = source
    }

    /// The text for `key`, with `{name}` placeholders filled from `arguments`.
    public func callAsFunction(_ key: String, _ arguments: [String: String] = [:]) -> String {
        let template = catalog?.text(key) ?? source.entry(key)?.id ?? key
        return Self.interpolate(template, isolated(arguments))
    }

    /// The plural form for `count`; `{count}` is filled with the number written for this language.
    public func plural(_ key: String, count: Int, _ arguments: [String: String] = [:]) -> String {
        let template =
            catalog?.text(key, count: count)
            ?? source.entry(key).map { entry in
                count == 1 ? entry.id : (entry.pluralID ?? entry.id)
            } ?? key
        var filled = isolated(arguments)
        filled["count"] = LocaleFormat(language: language).number(count)
        return Self.interpolate(template, filled)
    }

    /// In right-to-left text, a Latin name or address placed inside a sentence can drag the
    /// punctuation around it to the wrong side; Unicode isolates keep each value to itself.
    private func isolated(_ arguments: [String: String]) -> [String: String] {
        guard language.direction == .rightToLeft else { return arguments }
        return arguments.mapValues { "\u{2068}\($0)\u{2069}" }
    }

    static func interpolate(_ template: String, _ arguments: [String: String]) -> String {
        guard !arguments.isEmpty, template.contains("{") else { return template }
        var result = template
        for (name, value) in arguments {
            result = result.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return result
    }
}
