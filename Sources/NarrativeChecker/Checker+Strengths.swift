/// What a draft does well, read from the words where the pack's strengths showed.
extension Checker {
    /// The strengths whose words are not part of a rule's match: "one of us" in "they will never be one
    /// of us", or "our neighbours" in "our neighbours first", is the problem, not a "we" to praise — and
    /// so it stays when the match is a quoted suggestion that gives no finding (a placard's slogan).
    static func outside(
        _ findings: [Range<Int>], _ strengths: [(strength: Int, words: Range<Int>)]
    ) -> [(strength: Int, words: Range<Int>)] {
        guard !findings.isEmpty, !strengths.isEmpty else { return strengths }
        // The findings' words as disjoint runs in order, so each strength is one binary search (a
        // megabyte of text holds thousands of both).
        var runs: [Range<Int>] = []
        for finding in findings.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = runs.last, finding.lowerBound <= last.upperBound {
                runs[runs.count - 1] = last.lowerBound..<max(last.upperBound, finding.upperBound)
            } else {
                runs.append(finding)
            }
        }
        return strengths.filter { span in
            // The last run starting before the strength's end is the only one that can overlap it.
            var low = 0
            var high = runs.count
            while low < high {
                let middle = (low + high) / 2
                if runs[middle].lowerBound < span.words.upperBound { low = middle + 1 } else { high = middle }
            }
            return low == 0 || runs[low - 1].upperBound <= span.words.lowerBound
        }
    }

    static func strengths(
        _ spans: [(strength: Int, words: Range<Int>)], pack: CompiledPack, context: FindingContext, readerLanguage: String
    ) -> [Strength] {
        var found: [Int: [String]] = [:]
        // In reading order, whatever order the index found them in: the examples kept (five at
        // most) must not depend on how the index files its terms.
        let inReadingOrder = spans.sorted {
            ($0.words.lowerBound, $0.words.upperBound, $0.strength) < ($1.words.lowerBound, $1.words.upperBound, $1.strength)
        }
        for span in inReadingOrder where found[span.strength, default: []].count < 5 {
            let words = context.text(words: span.words.lowerBound, span.words.upperBound)
            if found[span.strength]?.contains(words) != true { found[span.strength, default: []].append(words) }
        }
        return found.keys.sorted().map { index in
            let rule = pack.strengths[index]
            return Strength(
                id: rule.id, kind: rule.kind, message: rule.message(in: readerLanguage), examples: Array(found[index]!.prefix(5)))
        }
    }
}
