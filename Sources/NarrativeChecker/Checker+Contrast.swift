/// Contrast rules: two sides set against each other ("our culture, not theirs", "us or them").
extension Checker {
    /// For a contrast rule: the words from one side to the other when the nearest of the rule's
    /// `against` terms on either side of the match, within `window`, is separated from it by nothing
    /// but `joined-by` words ("our culture, not theirs", "our culture is not theirs"); nil when
    /// anything else stands between them ("their traditions and ours", "our laws do not forbid their
    /// religion"). Looks at most `window` words each way, so a long sentence costs no more than a short one.
    static func contrast(_ match: Range<Int>, rule: Int, _ window: Range<Int>, pack: CompiledPack, in words: Words) -> Range<Int>? {
        guard let contrast = pack.contrasts[rule] else { return nil }
        let (against, joinedBy) = (contrast.against, contrast.joinedBy)
        // After the match: the first word where the other side starts.
        for position in match.upperBound..<window.upperBound {
            guard let end = longest(against, at: position, before: window.upperBound + 1, in: words) else { continue }
            guard isOnlyJoiners(match.upperBound..<position, joinedBy, in: words) else { break }
            return match.lowerBound..<end
        }
        // Before it: the nearest start of the other side that ends before the match.
        for position in stride(from: match.lowerBound - 1, through: window.lowerBound, by: -1) {
            guard let end = longest(against, at: position, before: match.lowerBound + 1, in: words) else { continue }
            guard isOnlyJoiners(end..<match.lowerBound, joinedBy, in: words) else { return nil }
            return position..<match.upperBound
        }
        return nil
    }

    /// Whether `gap` holds at least one word and is covered end to end by `joined-by` terms. Every way
    /// of covering it counts ("or rather than" is "or" + "rather than" even where "or rather" is also a
    /// joiner): the positions reachable from the start are kept as bits, a gap being at most a window.
    private static func isOnlyJoiners(_ gap: Range<Int>, _ joinedBy: TermIndex<Void>, in words: Words) -> Bool {
        guard !gap.isEmpty, gap.count < UInt64.bitWidth else { return false }
        var reachable: UInt64 = 1  // bit k: the words gap.lowerBound..<gap.lowerBound + k are covered
        for offset in 0..<gap.count where reachable & (1 << offset) != 0 {
            joinedBy.matches(at: gap.lowerBound + offset, in: words) { _, end in
                if end <= gap.upperBound { reachable |= 1 << (end - gap.lowerBound) }
            }
        }
        return reachable & (1 << gap.count) != 0
    }

    /// The end of the longest term of `index` starting at `position` and ending before `limit`.
    private static func longest(_ index: TermIndex<Void>, at position: Int, before limit: Int, in words: Words) -> Int? {
        var found: Int?
        index.matches(at: position, in: words) { _, end in
            if end < limit && end > (found ?? position) { found = end }
        }
        return found
    }
}
