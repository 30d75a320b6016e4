/// Finds every term of many rules in one pass over the words: terms are indexed by their first
/// word (exact words in a hash table; stems by their first or last three letters), so each word
/// of the draft costs a few hash look-ups whatever the number of rules — no regular expressions.
///
/// A class, so the matcher's per-word closures hold one reference rather than copying three
/// dictionaries (measured: copies were a third of the time). Filled in once, then only read.
final class TermIndex<Payload: Sendable>: Sendable {
    struct Entry: Sendable {
        let term: Term
        let payload: Payload
    }

    /// Collects terms; ``TermIndex/init(_:)`` freezes them, so matching reads constants only.
    struct Builder {
        var exact: [String: [Entry]] = [:]
        var prefixes: [UInt64: [Entry]] = [:]
        var suffixes: [UInt64: [Entry]] = [:]

        mutating func add(_ term: Term, _ payload: Payload) {
            let entry = Entry(term: term, payload: payload)
            switch term.words[0] {
            case .exact(let word): exact[word, default: []].append(entry)
            case .prefix(let stem): prefixes[TermIndex.stemKey(stem, fromEnd: false), default: []].append(entry)
            case .suffix(let stem): suffixes[TermIndex.stemKey(stem, fromEnd: true), default: []].append(entry)
            }
        }
    }

    private let exact: [String: [Entry]]
    private let prefixes: [UInt64: [Entry]]
    private let suffixes: [UInt64: [Entry]]
    private let exactFilter: BitFilter
    private let prefixFilter: BitFilter
    private let suffixFilter: BitFilter

    init(_ builder: Builder) {
        exact = builder.exact
        prefixes = builder.prefixes
        suffixes = builder.suffixes
        var filters = (BitFilter(), BitFilter(), BitFilter())
        for key in exact.keys { filters.0.insert(BitFilter.hash(key)) }
        for key in prefixes.keys { filters.1.insert(key) }
        for key in suffixes.keys { filters.2.insert(key) }
        (exactFilter, prefixFilter, suffixFilter) = filters
    }

    convenience init(_ terms: [(Term, Payload)]) {
        var builder = Builder()
        for (term, payload) in terms { builder.add(term, payload) }
        self.init(builder)
    }
    static var stemKeyLength: Int { 3 }

    /// The first (or last) three scalars of a word packed in one integer: a hash key without a String.
    @inline(__always)
    static func stemKey(_ word: String, fromEnd: Bool) -> UInt64 {
        var key: UInt64 = 0
        var count = 0
        if fromEnd {
            for scalar in word.unicodeScalars.reversed() {
                key = key << 21 | UInt64(scalar.value)
                count += 1
                if count == stemKeyLength { break }
            }
        } else {
            for scalar in word.unicodeScalars {
                key = key << 21 | UInt64(scalar.value)
                count += 1
                if count == stemKeyLength { break }
            }
        }
        return count == stemKeyLength ? key : UInt64.max - UInt64(count)
    }

    /// Every term starting at `position`, with the index of the word after it.
    func matches(at position: Int, in tokens: [Token], _ body: (Entry, _ end: Int) -> Void) {
        tokens.withUnsafeBufferPointer { tokens in
            let token = tokens[position]
            lookUp(token.key, token.keyHash, token.prefixKey, token.suffixKey, position, tokens, body)
            for alternate in token.alternates {
                lookUp(
                    alternate, BitFilter.hash(alternate), Self.stemKey(alternate, fromEnd: false), Self.stemKey(alternate, fromEnd: true),
                    position, tokens, body)
            }
        }
    }

    @inline(__always)
    private func lookUp(
        _ key: String, _ hash: UInt64, _ prefix: UInt64, _ suffix: UInt64, _ position: Int, _ tokens: UnsafeBufferPointer<Token>,
        _ body: (Entry, Int) -> Void
    ) {
        if exactFilter.contains(hash), let entries = exact[key] { check(entries, position, tokens, body) }
        if prefixFilter.contains(prefix), let entries = prefixes[prefix] { check(entries, position, tokens, body) }
        if suffixFilter.contains(suffix), let entries = suffixes[suffix] { check(entries, position, tokens, body) }
    }

    /// Whether any term occurs in `tokens[range]`.
    func occurs(in tokens: [Token], _ range: Range<Int>) -> Bool {
        var found = false
        for position in range where !found {
            matches(at: position, in: tokens) { _, end in if end <= range.upperBound { found = true } }
        }
        return found
    }

    private func check(_ entries: [Entry], _ position: Int, _ tokens: UnsafeBufferPointer<Token>, _ body: (Entry, Int) -> Void) {
        for entry in entries {
            let words = entry.term.words
            guard position + words.count <= tokens.count else { continue }
            var matched = tokens[position].anyKey(words[0].matches)
            for (offset, word) in words.enumerated().dropFirst() where !tokens[position + offset].anyKey(word.matches) {
                matched = false
                break
            }
            if matched { body(entry, position + words.count) }
        }
    }
}
