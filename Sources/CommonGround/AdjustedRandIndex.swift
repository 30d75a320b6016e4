extension CommonGround {
    /// How well two groupings of the same people agree, corrected for chance: 1 is the same
    /// grouping, 0 is what random groupings score.
    public static func adjustedRandIndex(_ first: [Int], _ second: [Int]) -> Double {
        precondition(first.count == second.count, "both groupings must cover the same people")
        func pairs(_ count: Int) -> Double { Double(count) * Double(count - 1) / 2 }
        var table: [Pair: Int] = [:]
        var rows: [Int: Int] = [:]
        var columns: [Int: Int] = [:]
        for (a, b) in zip(first, second) {
            table[Pair(a: a, b: b), default: 0] += 1
            rows[a, default: 0] += 1
            columns[b, default: 0] += 1
        }
        let index = table.values.reduce(0) { $0 + pairs($1) }
        let rowPairs = rows.values.reduce(0) { $0 + pairs($1) }
        let columnPairs = columns.values.reduce(0) { $0 + pairs($1) }
        let expected = rowPairs * columnPairs / pairs(first.count)
        let maximum = (rowPairs + columnPairs) / 2
        guard maximum != expected else { return 1 }
        return (index - expected) / (maximum - expected)
    }

    private struct Pair: Hashable {
        let a: Int
        let b: Int
    }
}
