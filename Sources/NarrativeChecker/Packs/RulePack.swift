/// The rules for one language, as a data file describes them (docs/rule-packs.md).
public struct RulePack: Sendable {
    public let language: String
    public let name: String
    /// Its word lists, each under its top-level key (`people`, `reports`…).
    let vocabulary: PackVocabulary
    public let rules: [Rule]
    public let strengths: [StrengthRule]
    /// Rule ids this pack switches off (in built-in packs it extends).
    public let disabled: [String]
    /// The file it came from, for error messages.
    public let file: String
}
