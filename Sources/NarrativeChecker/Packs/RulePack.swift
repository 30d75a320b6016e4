/// The rules for one language, as a data file describes them (docs/rule-packs.md).
public struct RulePack: Sendable {
    public let language: String
    public let name: String
    /// Words for migrants and refugees in particular (and nationalities): near one, a contextual rule fires.
    let people: [Term]
    /// Words for anyone (people, families, they): near one, a contextual rule fires, unless it is
    /// `migration-only` and neither this sentence nor the one before speaks of migration — thousands of
    /// people streaming into a festival is not a flood of migrants.
    let everyone: [Term]
    /// Words that place a sentence in migration without naming people (asylum, the border, deportation).
    let migration: [Term]
    /// Words that talk about words ("word", "term", "we no longer say"): a quoted term near one is
    /// being discussed, not used.
    let mentions: [Term]
    /// Words that tell a quotation is someone else's ("called them", "the headline"): beside one, a
    /// quoted label is reported, not used.
    let reports: [Term]
    /// Words by which a writer sides with the quoted speaker or mocks its critics ("he is right",
    /// "censorship"): near one, a reported label is a label used after all.
    let endorsements: [Term]
    /// Words that deny a quotation they stand right before ("are not", "there is no"): the writer
    /// rejects the quoted label in the same breath.
    let negations: [Term]
    /// Words that deny a quotation they stand right after (Turkish "değil", "diye bir şey yok").
    let negationsAfter: [Term]
    public let rules: [Rule]
    public let strengths: [StrengthRule]
    /// Rule ids this pack switches off (in built-in packs it extends).
    public let disabled: [String]
    /// The file it came from, for error messages.
    public let file: String
}
