import Foundation

/// The per-group numbers behind the results: counts, representative statements, consensus,
/// group-aware consensus and statement priority.
struct GroupStatistics {
    let matrix: VoteMatrix
    /// Per group, per statement: as the opinion math sees it (zeroed statements as passes) ...
    let zeroedCounts: [[VoteCounts]]
    /// ... and as the votes were cast.
    let rawCounts: [[VoteCounts]]
    /// Everyone, zeroed statements as passes.
    let allCounts: [VoteCounts]
    let representative: [[RepresentativeStatement]]

    init(_ matrix: VoteMatrix, members: [[Int]]) {
        self.matrix = matrix
        zeroedCounts = members.map { VoteCounts.perStatement(matrix, rows: $0, zeroing: true) }
        rawCounts = members.map { VoteCounts.perStatement(matrix, rows: $0, zeroing: false) }
        allCounts = VoteCounts.perStatement(matrix, rows: nil, zeroing: true)
        let counts = zeroedCounts
        let total = counts.reduce([VoteCounts](repeating: VoteCounts(), count: matrix.statementCount)) { sum, group in
            zip(sum, group).map(+)
        }
        representative = counts.map { group in
            let statistics = group.indices.map { column in
                let own = group[column]
                let rest = VoteCounts(
                    agree: total[column].agree - own.agree, disagree: total[column].disagree - own.disagree,
                    seen: total[column].seen - own.seen)
                return StatementStatistics(own, rest: rest)
            }
            return RepresentativeStatement.select(statistics, excluding: matrix.isZeroed)
        }
    }

    /// Statements most of everyone leans towards (or away from), best first, at most five.
    func consensus(agree: Bool) -> [Analysis.Consensus] {
        let candidates = allCounts.indices.compactMap { column -> (Analysis.Consensus, Double)? in
            guard !matrix.isZeroed[column] else { return nil }
            let counts = allCounts[column]
            let successes = agree ? counts.agree : counts.disagree
            let share = (Double(successes) + 1) / (Double(counts.seen) + 2)
            let test = StatementStatistics.proportionTest(successes, counts.seen)
            guard share > 0.5, test > StatementStatistics.significant else { return nil }
            return (Analysis.Consensus(statement: column, share: share, test: test), share * test)
        }
        return candidates.enumerated().sorted { ($0.element.1, -$0.offset) > ($1.element.1, -$1.offset) }.prefix(5).map(\.element.0)
    }

    /// The product over groups of (agrees + 1) / (votes + 2), highest first; moderated out left out.
    func groupAware(agree: Bool) -> [Analysis.Score] {
        let scores = groupAwareScores(agree: agree)
        return scores.indices.filter { !matrix.isZeroed[$0] }.sorted { (scores[$0], -$0) > (scores[$1], -$1) }
            .map { Analysis.Score(statement: $0, score: scores[$0]) }
    }

    func groupAwareScores(agree: Bool) -> [Double] {
        (0..<matrix.statementCount).map { column in
            rawCounts.reduce(1.0) { product, group in
                let counts = group[column]
                return product * (Double(agree ? counts.agree : counts.disagree) + 1) / (Double(counts.seen) + 2)
            }
        }
    }

    /// Pol.is' priority: statements few have seen, that divide, and that are agreed with come first;
    /// meta statements get a fixed 49.
    func priority(extremity: [Double], meta: [Bool]) -> [Double] {
        (0..<matrix.statementCount).map { column in
            if meta[column] { return 49 }
            let summed = rawCounts.reduce(VoteCounts()) { $0 + $1[column] }
            let (agrees, seen) = (Double(summed.agree), Double(summed.seen))
            let passes = seen - agrees - Double(summed.disagree)
            let importance = (1 - (passes + 1) / (seen + 2)) * (extremity[column] + 1) * ((agrees + 1) / (seen + 2))
            let novelty = 1 + 8 * pow(2, -seen / 5)
            return (importance * novelty) * (importance * novelty)
        }
    }
}
