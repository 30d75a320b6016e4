/// Collects findings for one draft and turns token positions into offsets, lines and columns.
struct FindingContext {
    let cut: Tokenizer.Result
    let readerLanguage: String
    let packLanguage: String
    private let rules: [Rule]
    private var matches: [Match] = []
    /// The findings computed from the whole draft, whole: there are few of them.
    private var computed: [Finding] = []
    /// The line of the last finding: matches come in reading order, so the next is usually on it.
    private var lineCursor = 0

    /// `rules` are the draft's pack's: a rule's matches are kept by its number in them.
    init(cut: Tokenizer.Result, readerLanguage: String, packLanguage: String, rules: [Rule]) {
        self.cut = cut
        self.rules = rules
        self.readerLanguage = readerLanguage
        self.packLanguage = packLanguage
    }

    var tokens: [Token] { cut.tokens }

    /// The draft as written from scalar `start` to `end`.
    func slice(_ start: Int, _ end: Int) -> String {
        let from = byteOffset(ofScalar: start)
        return String(decoding: cut.bytes[from..<max(from, byteOffset(ofScalar: end))], as: UTF8.self)
    }

    /// The draft as written over the words `start..<end`.
    func text(words start: Int, _ end: Int) -> String {
        String(decoding: cut.bytes[cut.tokens[start].byteStart..<cut.tokens[end - 1].byteEnd], as: UTF8.self)
    }

    /// Where scalar `offset` starts in the UTF-8: from the nearest word before it, a few scalars on.
    private func byteOffset(ofScalar offset: Int) -> Int {
        let offset = min(max(0, offset), cut.scalarCount)
        var low = 0
        var high = cut.tokens.count
        while low < high {
            let middle = (low + high) / 2
            if cut.tokens[middle].start <= offset { low = middle + 1 } else { high = middle }
        }
        var (scalar, byte) = low > 0 ? (cut.tokens[low - 1].start, cut.tokens[low - 1].byteStart) : (0, 0)
        while scalar < offset, byte < cut.bytes.count {
            let lead = cut.bytes[byte]
            byte += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            scalar += 1
        }
        return byte
    }

    private mutating func position(of offset: Int) -> (line: Int, column: Int) {
        let lineStarts = cut.lineStarts
        if lineStarts[lineCursor] <= offset {
            while lineCursor + 1 < lineStarts.count, lineStarts[lineCursor + 1] <= offset { lineCursor += 1 }
            return (lineCursor + 1, offset - lineStarts[lineCursor] + 1)
        }
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return (low + 1, offset - lineStarts[low] + 1)
    }

    /// Rule number `index` of `rules` matched the words `start..<end`; the word at `quotedAt` (the
    /// rule's own term, where a contrast spans two sides) says whether it was quoted. Only where and
    /// which rule is kept: a finding's strings are made in ``finished(mergingSameSpan:)``, for the
    /// matches that survive it.
    mutating func add(_ index: Int, start: Int, end: Int, quotedAt: Int, whollyQuoted: Bool) {
        let isQuoted = cut.tokens[quotedAt].isQuoted
        let severity = rules[index].severity
        // A suggestion has no gentler step: quoted whole, it is reported speech and no finding (decision 0014).
        if whollyQuoted, severity == .suggestion { return }
        let from = cut.tokens[start].start
        let (line, column) = position(of: from)
        matches.append(
            Match(
                source: index, category: rules[index].category, severity: isQuoted ? severity.lowered : severity, isQuoted: isQuoted,
                start: from, end: cut.tokens[end - 1].end, line: line, column: column, firstWord: start, endWord: end))
    }

    /// A finding the checker computes itself, with its message from ``ComputedMessages``.
    mutating func addComputed(
        _ id: String, _ category: Category, _ severity: Severity, start: Int, end: Int, values: [String: String] = [:]
    ) {
        let (line, column) = position(of: start)
        matches.append(
            Match(
                source: -1 - computed.count, category: category, severity: severity, isQuoted: false, start: start, end: end, line: line,
                column: column, firstWord: 0, endWord: 0))
        computed.append(
            Finding(
                rule: id, category: category, severity: severity,
                message: ComputedMessages.text(id, in: readerLanguage, values),
                packMessage: ComputedMessages.text(id, in: packLanguage, values),
                suggestions: [], start: start, end: end, line: line, column: column, text: slice(start, end), isQuoted: false, source: nil))
    }

    /// In reading order; a match inside a longer match of the same words is dropped (the longer
    /// term is the more precise advice), as are repeats of the same rule on the same or overlapping
    /// words and, with `mergingSameSpan`, a second rule of the same category on the same words: a
    /// reader is told once, at the higher severity (two packs or two rules listing one term must not
    /// say it twice).
    func finished(mergingSameSpan: Bool) -> [Finding] {
        let order = matches.indices.sorted { a, b in
            let x = matches[a]
            let y = matches[b]
            if x.start != y.start { return x.start < y.start }
            if x.end != y.end { return x.end > y.end }
            if x.severity != y.severity { return x.severity > y.severity }
            return ruleID(x) < ruleID(y)
        }
        var kept: [Int] = []
        kept.reserveCapacity(matches.count)
        var words: [Int] = []  // kept word matches, by start
        var longest = 0
        for index in order {
            let match = matches[index]
            // Only matches of words can cover each other; measures of the whole draft never do.
            if !Self.isMeasured(match.category) {
                // Sorted by start: only recent matches, no longer than the longest, can cover this one.
                var covered = false
                for otherIndex in words.reversed() {
                    let other = matches[otherIndex]
                    if match.start - other.start > longest { break }
                    let sameRule = isSameRule(other, match)
                    if other.start <= match.start, match.end <= other.end,
                        other.end - other.start > match.end - match.start || sameRule
                            || (mergingSameSpan && other.category == match.category)
                    {
                        covered = true
                        break
                    }
                    // Two of one rule's terms overlapping ("I'm not saying anything", "not saying anything,
                    // but") are one thing said: the first tells it.
                    if sameRule, match.start < other.end {
                        covered = true
                        break
                    }
                }
                if covered { continue }
                words.append(index)
                longest = max(longest, match.end - match.start)
            }
            kept.append(index)
        }
        // Each rule is read once, however often it matched: copying the whole rule per finding
        // retained every one of its fields, thousands of times in a long draft.
        var told: [Told?] = Array(repeating: nil, count: rules.count)
        return kept.map { index in
            let match = matches[index]
            guard match.source >= 0 else { return computed[-1 - match.source] }
            let rule = told[match.source] ?? Told(rules[match.source], readerLanguage: readerLanguage, packLanguage: packLanguage)
            told[match.source] = rule
            return Finding(
                rule: rule.id, category: match.category, severity: match.severity, message: rule.message, packMessage: rule.packMessage,
                suggestions: rule.suggestions, start: match.start, end: match.end, line: match.line, column: match.column,
                text: text(words: match.firstWord, match.endWord), isQuoted: match.isQuoted, source: rule.source)
        }
    }

    /// What a finding tells of its rule.
    private struct Told {
        let id: String
        let message: String
        let packMessage: String
        let suggestions: [String]
        let source: Rule.Source?

        init(_ rule: Rule, readerLanguage: String, packLanguage: String) {
            id = rule.id
            message = rule.message(in: readerLanguage)
            packMessage = rule.message(in: packLanguage)
            suggestions = rule.suggestions
            source = rule.source
        }
    }

    private func ruleID(_ match: Match) -> String {
        match.source >= 0 ? rules[match.source].id : computed[-1 - match.source].rule
    }

    /// Rule ids are unique within a compiled pack (a pack's reader refuses an id used twice, and a
    /// partner's rule replaces the built-in one of the same id), so two rule matches are of one rule
    /// when their numbers are equal; a computed finding is compared by its id.
    private func isSameRule(_ a: Match, _ b: Match) -> Bool {
        if a.source >= 0, b.source >= 0 { return a.source == b.source }
        return ruleID(a) == ruleID(b)
    }

    private static func isMeasured(_ category: Category) -> Bool {
        switch category {
        case .length, .languageMismatch, .statisticsOverload, .readability: return true
        default: return false
        }
    }
}
