/// Collects findings for one draft and turns token positions into offsets, lines and columns.
struct FindingContext {
    let cut: Tokenizer.Result
    let readerLanguage: String
    let packLanguage: String
    private var findings: [Finding] = []
    /// Per rule index, its messages in the reader's and the pack's language, looked up once a check.
    private var messages: [(reader: String, pack: String)?] = []
    /// The line of the last finding: matches come in reading order, so the next is usually on it.
    private var lineCursor = 0

    init(cut: Tokenizer.Result, readerLanguage: String, packLanguage: String) {
        self.cut = cut
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
    /// rule's own term, where a contrast spans two sides) says whether it was quoted.
    mutating func add(_ index: Int, of rules: [Rule], start: Int, end: Int, quotedAt: Int) {
        let first = cut.tokens[start]
        let isQuoted = cut.tokens[quotedAt].isQuoted
        let from = first.start
        let to = cut.tokens[end - 1].end
        let (line, column) = position(of: from)
        if messages.count < rules.count { messages = Array(repeating: nil, count: rules.count) }
        if messages[index] == nil {
            messages[index] = (rules[index].message(in: readerLanguage), rules[index].message(in: packLanguage))
        }
        let severity = rules[index].severity
        findings.append(
            Finding(
                rule: rules[index].id, category: rules[index].category, severity: isQuoted ? severity.lowered : severity,
                message: messages[index]!.reader, packMessage: messages[index]!.pack, suggestions: rules[index].suggestions,
                start: from, end: to, line: line, column: column, text: text(words: start, end), isQuoted: isQuoted,
                source: rules[index].source))
    }

    /// A finding the checker computes itself, with its message from ``ComputedMessages``.
    mutating func addComputed(
        _ id: String, _ category: Category, _ severity: Severity, start: Int, end: Int, values: [String: String] = [:]
    ) {
        let (line, column) = position(of: start)
        findings.append(
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
        // Indices are sorted, not findings: moving an index is cheaper than moving a finding.
        let order = findings.indices.sorted { a, b in
            if findings[a].start != findings[b].start { return findings[a].start < findings[b].start }
            if findings[a].end != findings[b].end { return findings[a].end > findings[b].end }
            if findings[a].severity != findings[b].severity { return findings[a].severity > findings[b].severity }
            return findings[a].rule < findings[b].rule
        }
        var kept: [Finding] = []
        kept.reserveCapacity(findings.count)
        var words: [Int] = []  // kept word matches, by start
        var longest = 0
        for index in order {
            let finding = findings[index]
            // Only matches of words can cover each other; measures of the whole draft never do.
            if !Self.isMeasured(finding.category) {
                // Sorted by start: only recent matches, no longer than the longest, can cover this one.
                var covered = false
                for other in words.reversed().lazy.map({ findings[$0] }) {
                    if finding.start - other.start > longest { break }
                    if other.start <= finding.start, finding.end <= other.end,
                        other.end - other.start > finding.end - finding.start || other.rule == finding.rule
                            || (mergingSameSpan && other.category == finding.category)
                    {
                        covered = true
                        break
                    }
                    // Two of one rule's terms overlapping ("I'm not saying anything", "not saying anything,
                    // but") are one thing said: the first tells it.
                    if other.rule == finding.rule, finding.start < other.end {
                        covered = true
                        break
                    }
                }
                if covered { continue }
                words.append(index)
                longest = max(longest, finding.end - finding.start)
            }
            kept.append(finding)
        }
        return kept
    }

    private static func isMeasured(_ category: Category) -> Bool {
        switch category {
        case .length, .languageMismatch, .statisticsOverload, .readability: return true
        default: return false
        }
    }
}
