/// A language's rules made ready for matching: one index for every rule's terms, one for the
/// words for people, one per rule's exceptions, one for strengths.
struct CompiledPack: Sendable {
    let language: String
    let rules: [Rule]
    let terms: TermIndex<Int>
    let people: TermIndex<Void>
    let exceptions: [TermIndex<Void>]
    let strengths: [StrengthRule]
    let strengthTerms: TermIndex<Int>

    init(language: String, rules: [Rule], people: [Term], strengths: [StrengthRule]) {
        self.language = language
        self.rules = rules
        var terms = TermIndex<Int>()
        var exceptions: [TermIndex<Void>] = []
        for (index, rule) in rules.enumerated() {
            for term in rule.terms { terms.add(term, index) }
            var except = TermIndex<Void>()
            for term in rule.exceptions { except.add(term, ()) }
            exceptions.append(except)
        }
        var peopleIndex = TermIndex<Void>()
        for term in people { peopleIndex.add(term, ()) }
        var strengthTerms = TermIndex<Int>()
        for (index, strength) in strengths.enumerated() {
            for term in strength.terms { strengthTerms.add(term, index) }
        }
        self.terms = terms
        self.people = peopleIndex
        self.exceptions = exceptions
        self.strengths = strengths
        self.strengthTerms = strengthTerms
    }
}
