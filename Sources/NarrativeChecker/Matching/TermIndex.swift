/// Finds every term of many rules in one pass over the words: terms are indexed by their first
/// word (exact words by hash; stems by their first or last three letters), so each word of the
/// draft costs a bit test and rarely a probe, whatever the number of rules — no regular expressions.
///
/// A class, so the matcher's per-word closures hold one reference. Filled in once, then only read.
final class TermIndex<Payload: Sendable>: Sendable {
    struct Entry: Sendable {
        let term: Term
        let payload: Payload
    }

    /// Collects terms; ``TermIndex/init(_:)`` freezes them, so matching reads constants only.
    struct Builder {
        var exact: [UInt64: [Entry]] = [:]
        var prefixes: [UInt64: [Entry]] = [:]
        var suffixes: [UInt64: [Entry]] = [:]
        var figures: [Entry] = []
        /// Terms that start with a stem shorter than ``TermIndex/stemKeyLength`` (`*li`, `*és`): no
        /// word's key can hold so short a stem, so they are tried at every word (packs have a handful).
        var shortStems: [Entry] = []

        private static func isShortStem(_ word: Term.Word) -> Bool {
            switch word {
            case .prefix(let stem), .suffix(let stem): TermIndex.isShort(stem)
            case .exact, .figure, .anyOf: false
            }
        }

        mutating func add(_ term: Term, _ payload: Payload) {
            let entry = Entry(term: term, payload: payload)
            // A term that starts with alternatives is filed under each, once per bucket: the match
            // compares all its alternatives in place, so `{ivorer*,ivorianer*}` (one stem key) is
            // tried once per word, not twice. A word matching alternatives in two buckets still finds
            // the term twice, and the checker keeps one finding of a rule on the same words.
            let firsts: [Term.Word] =
                if case .anyOf(let choices) = term.words[0] { choices } else { [term.words[0]] }
            // Tried at every word, a term offering a short stem needs filing nowhere else: filed under
            // its other first words too, it would be found twice where one of them stands.
            if firsts.contains(where: Self.isShortStem) {
                shortStems.append(entry)
                return
            }
            var filed: (exact: Set<UInt64>, prefixes: Set<UInt64>, suffixes: Set<UInt64>, figure: Bool) = ([], [], [], false)
            for first in firsts {
                switch first {
                case .exact(let word):
                    let key = BitFilter.hash(word)
                    if filed.exact.insert(key).inserted { exact[key, default: []].append(entry) }
                case .prefix(let stem):
                    let key = TermIndex.stemKey(stem, fromEnd: false)
                    if filed.prefixes.insert(key).inserted { prefixes[key, default: []].append(entry) }
                case .suffix(let stem):
                    let key = TermIndex.stemKey(stem, fromEnd: true)
                    if filed.suffixes.insert(key).inserted { suffixes[key, default: []].append(entry) }
                case .figure:
                    if !filed.figure { figures.append(entry) }
                    filed.figure = true
                case .anyOf: break  // alternatives are single words, never nested
                }
            }
        }
    }

    /// Every term, flat: a bucket is a run of terms, a term a run of words, a word a run of bytes.
    /// Matching walks these without following a pointer per term or per word.
    private let store: FlatTerms<Payload>
    private let exact: SlotTable
    private let prefixes: SlotTable
    private let suffixes: SlotTable
    private let exactFilter: BitFilter
    private let prefixFilter: BitFilter
    private let suffixFilter: BitFilter
    /// The bucket of terms that start with a figure, if any.
    private let figureBucket: Int?
    /// The bucket of terms that start with a short stem, if any.
    private let shortStemBucket: Int?

    init(_ builder: Builder) {
        var buckets: [[Entry]] = []
        func table(_ groups: [UInt64: [Entry]], _ filter: inout BitFilter) -> SlotTable {
            var slots: [UInt64: Int] = [:]
            for (key, entries) in groups {
                slots[key] = buckets.count
                buckets.append(entries)
                filter.insert(key)
            }
            return SlotTable(slots)
        }
        var filters = (BitFilter(), BitFilter(), BitFilter())
        exact = table(builder.exact, &filters.0)
        prefixes = table(builder.prefixes, &filters.1)
        suffixes = table(builder.suffixes, &filters.2)
        (exactFilter, prefixFilter, suffixFilter) = filters
        figureBucket = builder.figures.isEmpty ? nil : buckets.count
        if !builder.figures.isEmpty { buckets.append(builder.figures) }
        shortStemBucket = builder.shortStems.isEmpty ? nil : buckets.count
        if !builder.shortStems.isEmpty { buckets.append(builder.shortStems) }
        store = FlatTerms(buckets)
    }

    convenience init(_ terms: [(Term, Payload)]) {
        var builder = Builder()
        for (term, payload) in terms { builder.add(term, payload) }
        self.init(builder)
    }

    static var stemKeyLength: Int { 3 }

    /// Whether a stem has fewer scalars than a stem key holds.
    static func isShort(_ stem: [UInt8]) -> Bool {
        String(decoding: stem, as: UTF8.self).unicodeScalars.count < stemKeyLength
    }

    /// The first (or last) three scalars of a word packed in one integer: a hash key without a String.
    static func stemKey(_ word: [UInt8], fromEnd: Bool) -> UInt64 {
        var key: UInt64 = 0
        var count = 0
        let scalars = Array(String(decoding: word, as: UTF8.self).unicodeScalars)
        for scalar in fromEnd ? scalars.reversed() : scalars {
            key = key << 21 | UInt64(scalar.value)
            count += 1
            if count == stemKeyLength { break }
        }
        return count == stemKeyLength ? key : UInt64.max - UInt64(count)
    }

    /// Every term starting at `position`, with its payload and the index of the word after it.
    @inline(__always)
    func matches(at position: Int, in words: Words, _ body: (Payload, _ end: Int) -> Void) {
        let token = words.tokens[position]
        lookUp(token.key, position, words, body)
        for alternate in token.alternates { lookUp(words.alternates[alternate], position, words, body) }
        if token.isFigure, let figureBucket { store.check(figureBucket, position, words, body) }
        if let shortStemBucket { store.check(shortStemBucket, position, words, body) }
    }

    @inline(__always)
    private func lookUp(_ key: WordKey, _ position: Int, _ words: Words, _ body: (Payload, Int) -> Void) {
        if exactFilter.contains(key.hash), let bucket = exact.value(for: key.hash) { store.check(bucket, position, words, body) }
        if prefixFilter.contains(key.prefix), let bucket = prefixes.value(for: key.prefix) { store.check(bucket, position, words, body) }
        if suffixFilter.contains(key.suffix), let bucket = suffixes.value(for: key.suffix) { store.check(bucket, position, words, body) }
    }

    /// Every term in the draft, in reading order: `body` gets its payload, its first word and the
    /// word after it. One loop here, not a call per word from outside, keeps the walk over a long
    /// draft free of reference counting.
    func forEachMatch(in words: Words, _ body: (Payload, _ start: Int, _ end: Int) -> Void) {
        for position in 0..<words.count {
            matches(at: position, in: words) { payload, end in body(payload, position, end) }
        }
    }

    /// Whether a term none of whose words is quoted ends right before word `next`, in its sentence
    /// ("are not" before “illegals”), or, with `startingAt`, begins at `next` in the sentence of the
    /// word before it ("değil" after ‘kaçak’).
    func borders(_ next: Int, startingAt: Bool = false, in words: Words) -> Bool {
        let tokens = words.tokens
        guard next < tokens.count else { return false }
        let sentence = tokens[next].sentence
        var found = false
        func check(_ position: Int, _ wanted: Int?) {
            matches(at: position, in: words) { _, end in
                guard wanted == nil || end == wanted else { return }
                if !(position..<end).contains(where: { tokens[$0].isQuoted || tokens[$0].sentence != sentence }) { found = true }
            }
        }
        if startingAt {
            if next > 0, tokens[next - 1].sentence == sentence { check(next, nil) }
        } else {
            var position = next - 1
            while !found, position >= 0, next - position <= Self.longestBorder, tokens[position].sentence == sentence {
                check(position, next)
                position -= 1
            }
        }
        return found
    }

    /// The most words of a phrase that ``borders(_:startingAt:in:)`` looks for before a word.
    static var longestBorder: Int { 8 }

    /// Whether any term of at least `minimumWords` words occurs in `words.tokens[range]` — with
    /// `unquoted`, only a term none of whose words is in quotation marks.
    func occurs(in words: Words, _ range: Range<Int>, minimumWords: Int = 1, unquoted: Bool = false) -> Bool {
        var found = false
        for position in range where !found {
            matches(at: position, in: words) { _, end in
                guard end <= range.upperBound, end - position >= minimumWords else { return }
                // Another term at the same word, quoted, must not undo one found unquoted.
                if !unquoted || !(position..<end).contains(where: { words.tokens[$0].isQuoted }) { found = true }
            }
        }
        return found
    }
}
