/// Collects findings for one draft and turns token positions into offsets, lines and columns.
struct FindingContext {
    let cut: Tokenizer.Result
    let readerLanguage: String
    let packLanguage: String
    private var findings: [Finding] = []

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

    private func position(of offset: Int) -> (line: Int, column: Int) {
        let lineStarts = cut.lineStarts
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return (low + 1, offset - lineStarts[low] + 1)
    }

    /// A rule's match over the words `start..<end`.
    mutating func add(_ rule: Rule, start: Int, end: Int) {
        let from = tokens[start].start
        let to = tokens[end - 1].end
        let quoted = tokens[start].isQuoted
        let (line, column) = position(of: from)
        findings.append(
            Finding(
                rule: rule.id, category: rule.category, severity: quoted ? rule.severity.lowered : rule.severity,
                message: rule.message(in: readerLanguage), packMessage: rule.message(in: packLanguage), suggestions: rule.suggestions,
                start: from, end: to, line: line, column: column, text: text(words: start, end), isQuoted: quoted, source: rule.source))
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
    /// term is the more precise advice), as are repeats of the same rule on the same words.
    func finished() -> [Finding] {
        let sorted = findings.sorted { ($0.start, -$0.end, $0.rule) < ($1.start, -$1.end, $1.rule) }
        // Only matches of words can cover each other; measures of the whole draft never do.
        let measured: Set<Category> = [.length, .languageMismatch, .statisticsOverload, .readability]
        var kept: [Finding] = []
        var words: [Finding] = []  // kept word matches, by start
        var longest = 0
        for finding in sorted {
            if !measured.contains(finding.category) {
                // Sorted by start: only recent matches, no longer than the longest, can cover this one.
                var covered = false
                for other in words.reversed() {
                    if finding.start - other.start > longest { break }
                    if other.start <= finding.start, finding.end <= other.end,
                        other.end - other.start > finding.end - finding.start || other.rule == finding.rule
                    {
                        covered = true
                        break
                    }
                }
                if covered { continue }
                words.append(finding)
                longest = max(longest, finding.end - finding.start)
            }
            kept.append(finding)
        }
        return kept
    }
}
