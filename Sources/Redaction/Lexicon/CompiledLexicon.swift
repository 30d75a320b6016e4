/// The lexicons of the languages a text is read in, merged and compiled for matching.
struct CompiledLexicon: Sendable {
    let nameCues: PhraseSet
    let titles: PhraseSet
    let relations: PhraseSet
    let documents: PhraseSet
    let phoneCues: PhraseSet
    let birthCues: PhraseSet
    let months: PhraseSet
    let streetTypes: Set<String>
    let streetSuffixes: [[UInt8]]
    let addressCues: PhraseSet
    let arrivalCues: PhraseSet
    let employerCues: PhraseSet
    let placeCues: PhraseSet
    let givenNames: Set<String>
    let ambiguousNames: Set<String>

    /// `everyLanguage` lends its street words: a story in English or Arabic may give an address in
    /// Germany ("Hafenstraße 27"). Short types ("via", "rue") stay with their own language.
    init(_ lexicons: [Lexicon], names: NameLists, everyLanguage: [Lexicon] = []) {
        nameCues = PhraseSet(lexicons.flatMap(\.nameCues))
        titles = PhraseSet(lexicons.flatMap(\.titles))
        relations = PhraseSet(lexicons.flatMap(\.relations))
        documents = PhraseSet(lexicons.flatMap { $0.documents.filter { $0.key != "phone" }.values.joined() })
        phoneCues = PhraseSet(lexicons.flatMap { $0.documents["phone"] ?? [] })
        birthCues = PhraseSet(lexicons.flatMap(\.birthCues))
        months = PhraseSet(lexicons.flatMap { $0.months.joined() })
        // One-letter street types ("c/" in Spanish) would match any initial: left out.
        func single(_ type: String) -> String? {
            let words = ScannedText(type).tokens
            guard words.count == 1, words[0].folded.unicodeScalars.count > 1 else { return nil }
            return words[0].folded
        }
        streetTypes = Set(
            lexicons.flatMap(\.streetTypes).compactMap(single)
                + everyLanguage.flatMap(\.streetTypes).compactMap(single).filter { $0.unicodeScalars.count >= 5 })
        streetSuffixes = Set((lexicons + everyLanguage).flatMap(\.streetSuffixes).map { Characters.fold($0) }).map { Array($0.utf8) }
        addressCues = PhraseSet(lexicons.flatMap(\.addressCues))
        arrivalCues = PhraseSet(lexicons.flatMap(\.arrivalCues))
        employerCues = PhraseSet(lexicons.flatMap(\.employerCues))
        placeCues = PhraseSet(lexicons.flatMap(\.placeCues))
        givenNames = names.given
        ambiguousNames = names.ambiguous
    }

    func isStreetType(_ token: ScannedText.Token) -> Bool {
        guard token.kind == .word else { return false }
        if streetTypes.contains(token.folded) { return true }
        // Compared as bytes: String's own suffix test works on characters and was most of the time spent.
        let word = Array(token.folded.utf8)
        return streetSuffixes.contains { suffix in
            word.count > suffix.count + 2 && word[(word.count - suffix.count)...].elementsEqual(suffix)
        }
    }
}
