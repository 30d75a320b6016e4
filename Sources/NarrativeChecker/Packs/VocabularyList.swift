/// The word lists a pack writes at its top level to give rules their context (docs/rule-packs.md),
/// merged across a language's packs. A new list is a case here and a use in the checker: reading,
/// merging and indexing go through every case.
enum VocabularyList: Int, CaseIterable, Sendable {
    /// Words for migrants and refugees in particular (and nationalities): near one, a contextual rule fires.
    case people
    /// Words for anyone (people, families, they): near one, a contextual rule fires, unless it is
    /// `migration-only` and neither this sentence nor the one before speaks of migration — thousands of
    /// people streaming into a festival is not a flood of migrants.
    case everyone
    /// Words that place a sentence in migration without naming people (asylum, the border, deportation).
    case migration
    /// Words that talk about words ("word", "term", "we no longer say"): a quoted term near one is
    /// being discussed, not used.
    case mentions
    /// Words that tell a quotation is someone else's ("called them", "the headline"): beside one, a
    /// quoted label is reported, not used.
    case reports
    /// Words by which a writer sides with the quoted speaker or mocks its critics ("he is right",
    /// "censorship"): near one, a reported label is a label used after all.
    case endorsements
    /// Words that deny a quotation they stand right before ("are not", "there is no"): the writer
    /// rejects the quoted label in the same breath.
    case negations
    /// Words that deny a quotation they stand right after (Turkish "değil", "diye bir şey yok").
    case negationsAfter

    /// The key a pack writes the list under.
    var key: String { self == .negationsAfter ? "negations-after" : "\(self)" }

    /// Whether its words deny a quotation beside them: such terms are at most
    /// ``TermIndex/longestBorder`` words, since no longer phrase is looked for.
    var isDenial: Bool { self == .negations || self == .negationsAfter }
}
