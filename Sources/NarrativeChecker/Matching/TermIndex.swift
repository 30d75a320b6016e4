/// Finds every term of many rules in one pass over the words: terms are indexed by their first
/// word (exact words in a hash table; stems by their first or last three letters), so each word
/// of the draft costs a few hash look-ups whatever the number of rules — no regular expressions.
struct TermIndex<Payload: Sendable>: Sendable {
    struct Entry: Sendable {
        let term: Term
        let payload: Payload
    }

    private var exact: [String: [Entry]] = [:]
    private var prefixes: [String: [Entry]] = [:]
    private var suffixes: [String: [Entry]] = [:]
    static var stemKeyLength: Int { 3 }

    init() {}

    mutating func add(_ term: Term, _ payload: Payload) {
        let entry = Entry(term: term, payload: payload)
        switch term.words[0] {
        case .exact(let word): exact[word, default: []].append(entry)
        case .prefix(let stem): prefixes[String(stem.prefix(Self.stemKeyLength)), default: []].append(entry)
        case .suffix(let stem): suffixes[String(stem.suffix(Self.stemKeyLength)), default: []].append(entry)
        }
    }

    var isEmpty: Bool { exact.isEmpty && prefixes.isEmpty && suffixes.isEmpty }

    /// Every term starting at `position`, with the index of the word after it.
    func matches(at position: Int, in tokens: [Token], _ body: (Entry, _ end: Int) -> Void) {
        for key in tokens[position].keys {
            if let entries = exact[key] { check(entries, position, tokens, body) }
            if !prefixes.isEmpty, let entries = prefixes[String(key.prefix(Self.stemKeyLength))] { check(entries, position, tokens, body) }
            if !suffixes.isEmpty, let entries = suffixes[String(key.suffix(Self.stemKeyLength))] { check(entries, position, tokens, body) }
        }
    }

    /// Whether any term occurs in `tokens[range]`.
    func occurs(in tokens: [Token], _ range: Range<Int>) -> Bool {
        var found = false
        for position in range where !found {
            matches(at: position, in: tokens) { _, end in if end <= range.upperBound { found = true } }
        }
        return found
    }

    private func check(_ entries: [Entry], _ position: Int, _ tokens: [Token], _ body: (Entry, Int) -> Void) {
        for entry in entries {
            let words = entry.term.words
            guard position + words.count <= tokens.count else { continue }
            var matched = true
            for (offset, word) in words.enumerated() where !tokens[position + offset].keys.contains(where: word.matches) {
                matched = false
                break
            }
            if matched { body(entry, position + words.count) }
        }
    }
}
