import Yams

/// Reads the parts of a pack from YAML nodes, turning every surprise into a ``RulePackError``
/// that points at the line.
struct NodeReader {
    let file: String
    /// The pack's named word lists (`lists:`), written into any term list that names one as `$name`.
    var lists: [String: [WrittenTerm]] = [:]
    /// Shared by every rule of the pack, so that a short pack cannot name a long list thousands of
    /// times and take a server's memory.
    let listedTerms = ListedTerms()
    /// Shared by every term of the pack: each piece of a term is read once.
    let termMemo = Term.Memo()

    func error(_ node: Node, _ problem: String) -> RulePackError {
        RulePackError(file: file, line: node.mark?.line, problem: problem)
    }

    func mapping(_ node: Node, _ what: String) throws(RulePackError) -> Node.Mapping {
        guard let mapping = node.mapping else { throw error(node, "\(what) must be a mapping of keys to values.") }
        return mapping
    }

    /// A mapping whose keys must be among `keys`: a misspelt key (`migration_only`) would otherwise
    /// be ignored without a word, and the rule would quietly do something else than its writer meant.
    func mapping(_ node: Node, _ what: String, keys: [String]) throws(RulePackError) -> Node.Mapping {
        let fields = try mapping(node, what)
        for (key, _) in fields {
            let name = key.scalar?.string ?? ""
            guard keys.contains(name) else {
                throw error(key, "\(what): unknown key `\(name)`; the keys are \(keys.joined(separator: ", ")).")
            }
        }
        return fields
    }

    func sequence(_ node: Node, _ what: String) throws(RulePackError) -> [Node] {
        guard let sequence = node.sequence else { throw error(node, "`\(what)` must be a list.") }
        return Array(sequence)
    }

    func string(_ mapping: Node.Mapping, _ key: String, in parent: Node) throws(RulePackError) -> String {
        guard let node = mapping[key] else { throw error(parent, "`\(key)` is missing.") }
        guard let value = node.scalar?.string, !value.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw error(node, "`\(key)` must be a text.")
        }
        return value.trimmingCharacters(in: .whitespaces)
    }

    func optionalString(_ mapping: Node.Mapping, _ key: String) throws(RulePackError) -> String? {
        guard let node = mapping[key] else { return nil }
        guard let value = node.scalar?.string else { throw error(node, "`\(key)` must be a text.") }
        return value
    }

    func strings(_ node: Node?, _ what: String) throws(RulePackError) -> [String]? {
        guard let node else { return nil }
        var result: [String] = []
        for item in try sequence(node, what) {
            guard let text = item.scalar?.string else { throw error(item, "each entry of `\(what)` must be a text.") }
            result.append(text)
        }
        return result
    }

    func terms(_ node: Node?, _ what: String) throws(RulePackError) -> [Term]? {
        try writtenTerms(node, what)?.map(\.term)
    }

    /// Words that deny a quotation right beside it: at most ``TermIndex/longestBorder`` words each,
    /// since no longer phrase is looked for.
    func denials(_ node: Node?, _ what: String) throws(RulePackError) -> [Term] {
        guard let node, let written = try writtenTerms(node, what) else { return [] }
        let longest = TermIndex<Void>.longestBorder
        if let long = written.first(where: { $0.term.words.count > longest }) {
            throw error(
                node,
                "the term “\(long.text)” in `\(what)` has \(long.term.words.count) words; a denial beside a quotation has at most \(longest)."
            )
        }
        return written.map(\.term)
    }

    /// A term list as written, each `$name` replaced by that list's terms, each term with its text (for
    /// messages that quote it). Problems point at the entry's own line.
    func writtenTerms(_ node: Node?, _ what: String) throws(RulePackError) -> [WrittenTerm]? {
        guard let node else { return nil }
        var result: [WrittenTerm] = []
        var named: Set<String> = []
        for item in try sequence(node, what) {
            guard let text = item.scalar?.string else { throw error(item, "each entry of `\(what)` must be a text.") }
            guard text.hasPrefix("$") else {
                result.append(WrittenTerm(text: text, term: try term(text, at: item, in: what)))
                continue
            }
            let name = String(text.dropFirst())
            guard let list = lists[name] else {
                let known = lists.isEmpty ? "the pack defines no `lists`" : "its lists are \(lists.keys.sorted().joined(separator: ", "))"
                throw error(item, "`\(what)` names the list “\(text)”, and \(known).")
            }
            guard named.insert(name).inserted else { throw error(item, "`\(what)` names the list “\(text)” twice.") }
            guard listedTerms.spend(list.count) else {
                throw error(
                    item,
                    "the lists this pack's rules name add up to more than \(ListedTerms.limit) terms; name long lists in fewer rules.")
            }
            result += list.map { WrittenTerm(text: $0.text, term: $0.term, list: name) }
        }
        return result
    }

    /// One term as a pack writes it, or what is wrong with it.
    func term(_ text: String, at node: Node, in what: String) throws(RulePackError) -> Term {
        // "barat*s" would be cut at the star into two words and never match: say so instead.
        // Bytes, not characters: packs hold thousands of terms, read at every start.
        let star = UInt8(ascii: "*")
        let innerStar = text.utf8.split(separator: UInt8(ascii: " ")).contains {
            $0.first != UInt8(ascii: "{") && $0.drop(while: { $0 == star }).reversed().drop(while: { $0 == star }).contains(star)
        }
        // "all * want is" read as "all want is": a lone star matched no word at all, silently. Only a
        // star with no letter on either side is looked at closely.
        if Self.hasStarWithoutLetters(text), Term.hasLoneStar(text) {
            throw error(
                node,
                "the term “\(text)” in `\(what)` has a star standing alone; a star goes at the start or the end of a word, and a term cannot skip a word: write each phrase it should match."
            )
        }
        if innerStar {
            throw error(
                node, "the term “\(text)” in `\(what)` has a star inside a word; a star goes only at the start or the end of a word.")
        }
        let hasBraces = text.utf8.contains(where: { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "}") })
        if hasBraces, let problem = Term.misplacedBraces(in: text, memo: termMemo) {
            throw error(node, "the term “\(text)” in `\(what)`: \(problem).")
        }
        // "young $nationalities" would match the word "nationalities": a list stands alone.
        if text.utf8.contains(UInt8(ascii: "$")) {
            throw error(node, "the term “\(text)” in `\(what)`: a list is named alone in its entry, as `$name`, not inside a phrase.")
        }
        guard let term = Term(text, memo: termMemo) else {
            if hasBraces, let problem = Term.problem(in: text) { throw error(node, "the term “\(text)” in `\(what)`: \(problem).") }
            throw error(node, "the term “\(text)” in `\(what)` has no letters to match.")
        }
        guard term.words.count <= Term.maximumWords else {
            throw error(
                node,
                "the term “\(text.prefix(60))…” in `\(what)` has \(term.words.count) words; a term holds at most \(Term.maximumWords): a rule looks for phrases, not passages."
            )
        }
        return term
    }

    /// Whether a star has neither an ASCII letter or digit nor a byte of a longer character on either side.
    private static func hasStarWithoutLetters(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        func isLetter(_ index: Int) -> Bool {
            guard bytes.indices.contains(index) else { return false }
            let byte = bytes[index]
            return byte >= 0x80 || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
        return bytes.indices.contains { bytes[$0] == UInt8(ascii: "*") && !isLetter($0 - 1) && !isLetter($0 + 1) }
    }

    /// `lists:` at the top of a pack: names for word lists several rules share (nationalities, say).
    /// A list holds terms only, not other lists, so reading one can never loop.
    func namedLists(_ node: Node?) throws(RulePackError) -> [String: [WrittenTerm]] {
        guard let node else { return [:] }
        var lists: [String: [WrittenTerm]] = [:]
        for (key, value) in try mapping(node, "`lists`") {
            guard let name = key.scalar?.string, !name.isEmpty, name.utf8.allSatisfy(Self.isListNameByte) else {
                throw error(key, "a list's name uses a-z, 0-9 and dashes, such as nationalities.")
            }
            var terms: [WrittenTerm] = []
            for item in try sequence(value, name) {
                guard let text = item.scalar?.string else { throw error(item, "each entry of `\(name)` must be a text.") }
                guard !text.hasPrefix("$") else {
                    throw error(item, "the list \(name) names another list (“\(text)”); a list holds words and phrases only.")
                }
                terms.append(WrittenTerm(text: text, term: try term(text, at: item, in: name)))
            }
            guard !terms.isEmpty else { throw error(value, "the list \(name) is empty.") }
            lists[name] = terms
        }
        return lists
    }

    private static func isListNameByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            || byte == UInt8(ascii: "-")
    }

    func messages(_ node: Node?, parent: Node, required languages: [String]) throws(RulePackError) -> [String: String] {
        guard let node else { throw error(parent, "`message` is missing.") }
        var messages: [String: String] = [:]
        for (key, value) in try mapping(node, "`message`") {
            guard let language = key.scalar?.string, let text = value.scalar?.string, !text.isEmpty else {
                throw error(key, "`message` maps language codes to texts.")
            }
            messages[language] = text
        }
        for language in languages where messages[language] == nil {
            throw error(node, "`message` needs a text in \(language).")
        }
        return messages
    }
}
