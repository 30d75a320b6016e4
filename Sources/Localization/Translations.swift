/// All the catalogs of an interface: the source template and one catalog per language.
public struct Translations: Sendable {
    public let languages: [Language]
    let source: Catalog
    let catalogs: [String: Catalog]

    public init(languages: [Language], source: Catalog, catalogs: [Catalog]) {
        self.languages = languages
        self.source = source
        self.catalogs = Dictionary(catalogs.map { ($0.languageCode, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public var defaultLanguage: Language { languages.first ?? .english }

    public func language(code: some StringProtocol) -> Language? {
        languages.first { $0.code == code }
    }

    public func localizer(for language: Language) -> Localizer {
        Localizer(language: language, catalog: catalogs[language.code], source: source)
    }

    /// Keys of the source that a language's catalog lacks or leaves untranslated.
    public func missingKeys(in language: Language) -> [String] {
        guard language.code != "en" else { return [] }
        let catalog = catalogs[language.code]
        return source.keys.filter { catalog?.text($0) == nil }
    }
}
