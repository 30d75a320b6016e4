/// A word or phrase a rule looks for, as folded words; a star makes the first or last word a stem.
struct Term: Sendable, Hashable {
    /// Folded UTF-8, as the draft's words are folded.
    enum Word: Sendable, Hashable {
        case exact([UInt8])
        /// Any word that starts with this (`invad*`).
        case prefix([UInt8])
        /// Any word that ends with this (`*welle`).
        case suffix([UInt8])
        /// Any figure (`#` in a pack: "# illegals" for "23 illegals").
        case figure
        /// Any one of these words (`{retourn*,rentr*}` in a pack): one term for many inflections,
        /// matched without writing out every combination.
        case anyOf([Word])
    }

    let words: [Word]

    /// The most words a term may hold: rules look for phrases, and the matcher counts a term's words
    /// in 16 bits to keep its table of terms small.
    static var maximumWords: Int { 32 }

    /// Parses "illegal immigrant*" as a pack writes it; nil when nothing is left to match (or
    /// only figures: a term must name something). A pack's reader refuses terms past ``maximumWords``.
    /// A ``Memo`` shared by a pack's terms reads each piece once.
    init?(_ text: String, memo: Memo? = nil) {
        var words: [Word] = []
        for piece in Self.pieces(of: text) {
            if piece == "#" {
                words.append(.figure)
                continue
            }
            if let known = memo?.pieces[piece] {
                guard let known else { return nil }
                words += known
                continue
            }
            let read: [Word]?
            if piece.hasPrefix("{") {
                read = Self.choices(in: piece).map { $0.count == 1 ? [$0[0]] : [.anyOf($0)] }
            } else {
                read = Self.starredWords(piece)
            }
            memo?.pieces[piece] = .some(read)
            guard let read else { return nil }
            words += read
        }
        guard words.contains(where: { $0 != .figure }) else { return nil }
        self.words = words
    }
}

extension Term.Word {
    /// A word's bytes hashed as one block: the synthesized hash fed them to the hasher one by one,
    /// and reading a pack hashes every word of its lists of alternatives several times.
    func hash(into hasher: inout Hasher) {
        func combine(_ kind: UInt8, _ bytes: [UInt8]) {
            hasher.combine(kind)
            hasher.combine(bytes.count)
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
        switch self {
        case .exact(let bytes): combine(0, bytes)
        case .prefix(let bytes): combine(1, bytes)
        case .suffix(let bytes): combine(2, bytes)
        case .figure: hasher.combine(UInt8(3))
        case .anyOf(let words):
            hasher.combine(UInt8(4))
            hasher.combine(words.count)
            for word in words { word.hash(into: &hasher) }
        }
    }
}

extension Term {
    /// The words of the pieces of terms already read. A pack writes the same hundred demonyms in
    /// braces in many terms, and the same words everywhere: each is folded once per pack.
    final class Memo {
        var pieces: [Substring: [Word]?] = [:]
        var misplacedBraces: [Substring: String?] = [:]
    }

    /// Whether a star stands without a word to hold it ("all * want", "all *, want", or beside a
    /// no-break space): it would be dropped, and the term would match without the word it stood for.
    static func hasLoneStar(_ text: String) -> Bool {
        pieces(of: text).contains { piece in
            piece.contains("*") && foldedWords(of: Substring(piece.filter { $0 != "*" })).isEmpty
        }
    }

    /// What is wrong with a term as a pack writes it, in words for the pack's author, or nil.
    static func problem(in text: String) -> String? {
        bracesProblem(in: text, readingAlternatives: true)
    }

    /// What is wrong with where a term's braces stand, without reading the alternatives inside them
    /// (``init(_:)`` does, and fails when one is wrong: ``problem(in:)`` then says which). With a
    /// ``Memo``, each piece is looked at once per pack.
    static func misplacedBraces(in text: String, memo: Memo? = nil) -> String? {
        for piece in pieces(of: text) where piece.utf8.contains(where: isBrace) {
            let problem = memo?.misplacedBraces[piece] ?? bracesProblem(inPiece: piece, readingAlternatives: false)
            memo?.misplacedBraces[piece] = .some(problem)
            if let problem { return problem }
        }
        return nil
    }

    private static func isBrace(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}") }

    private static func bracesProblem(in text: String, readingAlternatives: Bool) -> String? {
        for piece in pieces(of: text) where piece.utf8.contains(where: isBrace) {
            if let problem = bracesProblem(inPiece: piece, readingAlternatives: readingAlternatives) { return problem }
        }
        return nil
    }

    private static func bracesProblem(inPiece piece: Substring, readingAlternatives: Bool) -> String? {
        // Characters, not bytes, as `init` reads them: "{" with a combining mark is no brace.
        let opens = piece.hasPrefix("{")
        // YAML lists put a space after each comma; braces cannot.
        if opens, !piece.utf8.contains(UInt8(ascii: "}")), piece.hasSuffix(",") {
            return "no space after a comma inside braces: {ils,elles}, not {ils, elles}"
        }
        guard opens, piece.hasSuffix("}"), piece.count > 2 else {
            return "braces hold one word's alternatives and stand alone: {go,went} gone, not go{es,ne} or {go went}"
        }
        if piece.dropFirst().dropLast().contains(where: { $0 == "{" || $0 == "}" }) { return "braces cannot be nested" }
        if readingAlternatives, choices(in: piece) == nil {
            if let elided = piece.dropFirst().dropLast().split(separator: ",").first(where: { choice in
                !choice.contains("*") && choice.contains(where: { "'’-".contains($0) }) && foldedWords(of: choice).count > 1
            }) {
                return
                    "“\(elided)” is two words once its apostrophe or hyphen is read; an alternative in braces is one word: {ils,elles}"
            }
            return "each alternative in braces is one word with letters, a star only at its start or end: {retourn*,rentr*}"
        }
        return nil
    }

    /// `{retourn*,rentr*,*kehr}` as words; nil when an alternative is empty, is not one word, or has a
    /// star inside it.
    fileprivate static func choices(in piece: Substring) -> [Word]? {
        guard piece.hasPrefix("{"), piece.hasSuffix("}"), piece.count > 2 else { return nil }
        var choices: [Word] = []
        // Lists of a hundred demonyms are written in braces: no comparing each with all before it.
        var seen: Set<Word> = []
        for choice in piece.dropFirst().dropLast().split(separator: ",", omittingEmptySubsequences: false) {
            let inner = choice.trimmingCharacters(in: "*")
            guard !inner.isEmpty, !inner.contains("*"), inner != "#" else { return nil }
            let words = starredWords(choice)
            guard words.count == 1, let word = words.first, word != .exact([]) else { return nil }
            if seen.insert(word).inserted { choices.append(word) }
        }
        return choices
    }

    /// One piece of a term as its folded words, a star at its start making the first a suffix stem
    /// and one at its end making the last a prefix stem (elision can split a piece in two).
    fileprivate static func starredWords(_ piece: Substring) -> [Word] {
        let leadingStar = piece.hasPrefix("*")
        let trailingStar = piece.hasSuffix("*") && piece.count > 1
        let parts = foldedWords(of: piece.trimmingCharacters(in: "*"))
        return parts.enumerated().map { index, part in
            if leadingStar, index == 0 { return .suffix(part) }
            if trailingStar, index == parts.count - 1 { return .prefix(part) }
            return .exact(part)
        }
    }

    /// The text cut at white space. Packs hold thousands of terms, read at every start: scalars
    /// are looked at one by one (no grapheme breaking), and ASCII ones without a Unicode look-up.
    fileprivate static func pieces(of text: String) -> [Substring] {
        var pieces: [Substring] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var index = start
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let isSpace = scalar.isASCII ? scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D) : scalar.properties.isWhitespace
            let next = scalars.index(after: index)
            if isSpace {
                if start < index { pieces.append(Substring(scalars[start..<index])) }
                start = next
            }
            index = next
        }
        if start < scalars.endIndex { pieces.append(Substring(scalars[start..<scalars.endIndex])) }
        return pieces
    }

    /// The folded words of one piece of a term, as the tokenizer folds a draft's. An ASCII word of
    /// letters and digits folds to its lower case.
    static func foldedWords(of piece: Substring) -> [[UInt8]] {
        let bytes = piece.utf8
        if !bytes.isEmpty, bytes.allSatisfy({ $0 &- 0x30 < 10 || ($0 | 0x20) &- 0x61 < 26 }) {
            return [bytes.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }]
        }
        // A word of letters and marks only (most Arabic, Turkish and accented words) is one word,
        // folded scalar by scalar as the tokenizer folds it; figures, apostrophes and dashes, which
        // the tokenizer reads in context, go through it.
        var key = KeyBuilder(offset: 0)
        var folded: [UInt8] = []
        folded.reserveCapacity(bytes.count)
        for scalar in piece.unicodeScalars {
            guard Tokenizer.isWordScalar(scalar), !Tokenizer.isDigit(scalar) else { return tokenizedWords(of: piece) }
            Folding.fold(scalar, into: &key, &folded)
        }
        return folded.isEmpty ? tokenizedWords(of: piece) : [folded]
    }

    /// The folded words of one piece of a term, read by the tokenizer as a draft is.
    static func tokenizedWords(of piece: Substring) -> [[UInt8]] {
        let cut = Tokenizer.tokenize(String(piece))
        return cut.withWords { words in cut.tokens.map { Array(words.folded[$0.key.offset..<$0.key.offset + $0.key.length]) } }
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in character: Character) -> Substring {
        var result = self
        while result.first == character { result = result.dropFirst() }
        while result.last == character { result = result.dropLast() }
        return result
    }
}
