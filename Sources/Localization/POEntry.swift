/// One message of a PO file.
public struct POEntry: Sendable, Equatable {
    public var context: String?
    public var id: String
    public var pluralID: String?
    /// One translation, or one per plural form (`msgstr[0]`, `msgstr[1]`, ...).
    public var translations: [String]
    /// The line where the entry starts, for error messages.
    public var line: Int

    public init(context: String? = nil, id: String, pluralID: String? = nil, translations: [String], line: Int = 0) {
        self.context = context
        self.id = id
        self.pluralID = pluralID
        self.translations = translations
        self.line = line
    }

    /// The key a program looks the message up by: its context when it has one, otherwise its id.
    public var key: String { context ?? id }

    /// Whether a translator has filled every form in.
    public var isTranslated: Bool { !translations.isEmpty && translations.allSatisfy { !$0.isEmpty } }
}
