/// The words of a language's packs that give rules their context, list by list (``VocabularyList``),
/// merged across packs.
struct PackVocabulary: Sendable {
    private var lists = [[Term]](repeating: [], count: VocabularyList.allCases.count)

    subscript(list: VocabularyList) -> [Term] {
        get { lists[list.rawValue] }
        set { lists[list.rawValue] = newValue }
    }

    mutating func add(_ pack: RulePack) {
        for list in VocabularyList.allCases where list != .people { self[list] += pack.vocabulary[list] }
        // A partner pack written before `everyone` existed lists "people, families, they" as people:
        // kept there, they would count everywhere and undo the built-in `migration-only` rules.
        let everyone = Set(self[.everyone])
        self[.people] = (self[.people] + pack.vocabulary[.people]).filter { !everyone.contains($0) }
    }
}
