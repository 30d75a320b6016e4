/// The words of a language's packs that give rules their context, merged across packs.
struct PackVocabulary: Sendable {
    /// Words for migrants and refugees in particular.
    var people: [Term] = []
    /// Words for anyone (people, families, they).
    var everyone: [Term] = []
    /// Words that speak of migration without naming people.
    var migration: [Term] = []
    /// Words about words.
    var mentions: [Term] = []
    /// Words that attribute a quotation to someone else.
    var reports: [Term] = []
    /// Words that side with the quoted speaker, undoing a report.
    var endorsements: [Term] = []
    /// Words that deny a quotation right before or right after them.
    var negations: [Term] = []
    var negationsAfter: [Term] = []

    mutating func add(_ pack: RulePack) {
        everyone += pack.everyone
        migration += pack.migration
        mentions += pack.mentions
        reports += pack.reports
        endorsements += pack.endorsements
        negations += pack.negations
        negationsAfter += pack.negationsAfter
        // A partner pack written before `everyone` existed lists "people, families, they" as people:
        // kept there, they would count everywhere and undo the built-in `migration-only` rules.
        people = (people + pack.people).filter { !everyone.contains($0) }
    }
}
