/// A language's rules made ready for matching: one index for every rule's terms, one for the
/// words for people, one per rule's exceptions (and a contrast rule's other side), one for strengths.
final class CompiledPack: Sendable {
    let language: String
    let rules: [Rule]
    let terms: TermIndex<Int>
    /// Per ``VocabularyList``, its words; `migration` holds the words for migrants too: either makes
    /// a sentence about migration.
    private let vocabulary: [TermIndex<Void>]
    /// Per rule: its exceptions, if it has any.
    let exceptions: [TermIndex<Void>?]
    /// Per rule: its kind, and how many words around a match to look at for context and exceptions.
    let kinds: [Rule.Kind]
    let windows: [Int]
    /// Per rule: its own context words, or nil to use the pack's words for migrants and for anyone.
    let near: [TermIndex<Void>?]
    /// Per rule: for a contrast rule, the other side and the words that set the two against each other.
    let contrasts: [Contrast?]

    subscript(list: VocabularyList) -> TermIndex<Void> { vocabulary[list.rawValue] }

    struct Contrast: Sendable {
        let against: TermIndex<Void>
        let joinedBy: TermIndex<Void>
    }
    /// Per rule: whether words for anyone need migration in the sentence or the one before.
    let migrationOnly: [Bool]
    /// Per rule: how many sentences either side its context may stand in (0: within its window).
    let contextSentences: [Int]
    let strengths: [StrengthRule]

    init(language: String, rules: [Rule], vocabulary: PackVocabulary, strengths: [StrengthRule]) {
        self.language = language
        self.rules = rules
        // One index for rules and strengths, so a draft is read once: payloads past the rules are strengths.
        terms = TermIndex(
            rules.enumerated().flatMap { index, rule in rule.terms.map { ($0, index) } }
                + strengths.enumerated().flatMap { index, strength in strength.terms.map { ($0, rules.count + index) } })
        exceptions = rules.map { rule in rule.exceptions.isEmpty ? nil : TermIndex(rule.exceptions.map { ($0, ()) }) }
        kinds = rules.map(\.kind)
        windows = rules.map(\.window)
        contrasts = rules.map { rule in
            rule.kind == .contrast
                ? Contrast(against: TermIndex(rule.against.map { ($0, ()) }), joinedBy: TermIndex(rule.joinedBy.map { ($0, ()) })) : nil
        }
        near = rules.map { rule in rule.near.isEmpty ? nil : TermIndex(rule.near.map { ($0, ()) }) }
        migrationOnly = rules.map(\.migrationOnly)
        contextSentences = rules.map(\.contextSentences)
        self.vocabulary = VocabularyList.allCases.map { list in
            let terms = list == .migration ? vocabulary[.people] + vocabulary[.migration] : vocabulary[list]
            return TermIndex(terms.map { ($0, ()) })
        }
        self.strengths = strengths
    }
}
