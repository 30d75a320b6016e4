/// The messages of one language, looked up by key (a PO entry's `msgctxt`, or its `msgid`).
public struct Catalog: Sendable {
    public let languageCode: String
    public let pluralRule: PluralRule
    let entries: [String: POEntry]

    public init(languageCode: String, pluralRule: PluralRule, entries: [POEntry]) {
        self.languageCode = languageCode
        self.pluralRule = pluralRule
        var byKey: [String: POEntry] = [:]
        for entry in entries where !entry.id.isEmpty { byKey[entry.key] = entry }
        self.entries = byKey
    }

    /// Reads a PO file. The header's `Plural-Forms` decides how plural forms are chosen.
    public init(po text: String, languageCode: String) throws(CatalogError) {
        let parsed = try POParser.parse(text)
        var rule = PluralRule.english
        if let header = parsed.first(where: { $0.id.isEmpty && $0.context == nil }),
            let pluralLine = header.translations.first?.split(separator: "\n")
                .first(where: { $0.lowercased().hasPrefix("plural-forms:") })
        {
            rule = try PluralRule(header: String(pluralLine.dropFirst("plural-forms:".count)))
        }
        for entry in parsed where entry.pluralID != nil && entry.isTranslated && entry.translations.count != rule.count {
            throw CatalogError(
                line: entry.line,
                reason: "'\(entry.key)' has \(entry.translations.count) plural forms; this language has \(rule.count)"
            )
        }
        self.init(languageCode: languageCode, pluralRule: rule, entries: parsed)
    }

    /// Every key, sorted.
    public var keys: [String] { entries.keys.sorted() }

    public func entry(_ key: String) -> POEntry? { entries[key] }

    /// The translated text, or nil when the catalog has none for the key.
    public func text(_ key: String) -> String? {
        guard let entry = entries[key], entry.isTranslated else { return nil }
        return entry.translations[0]
    }

    /// The translated form for `count`, or nil when the catalog has none for the key.
    public func text(_ key: String, count: Int) -> String? {
        guard let entry = entries[key], entry.isTranslated else { return nil }
        let index = pluralRule.formIndex(for: count)
        return entry.translations.indices.contains(index) ? entry.translations[index] : entry.translations.last
    }
}
