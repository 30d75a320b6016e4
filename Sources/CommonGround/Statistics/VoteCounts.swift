/// Agrees, disagrees and all votes (passes included) on one statement by some set of participants.
public struct VoteCounts: Sendable, Equatable {
    public var agree: Int
    public var disagree: Int
    public var seen: Int

    public init(agree: Int = 0, disagree: Int = 0, seen: Int = 0) {
        self.agree = agree
        self.disagree = disagree
        self.seen = seen
    }

    static func + (lhs: VoteCounts, rhs: VoteCounts) -> VoteCounts {
        VoteCounts(agree: lhs.agree + rhs.agree, disagree: lhs.disagree + rhs.disagree, seen: lhs.seen + rhs.seen)
    }

    /// Counts per statement of the participants `rows` (nil: everyone). With `zeroing`, zeroed
    /// statements count every one of them as a pass, as the opinion math sees them.
    static func perStatement(_ matrix: VoteMatrix, rows: [Int]?, zeroing: Bool) -> [VoteCounts] {
        var counts = [VoteCounts](repeating: VoteCounts(), count: matrix.statementCount)
        var people = 0
        func add(_ row: Int) {
            people += 1
            matrix.forEachVote(ofRow: row) { column, value in
                if zeroing, matrix.isZeroed[column] { return }
                counts[column].seen += 1
                if value > 0 { counts[column].agree += 1 } else if value < 0 { counts[column].disagree += 1 }
            }
        }
        if let rows { rows.forEach(add) } else { (0..<matrix.participantCount).forEach(add) }
        if zeroing {
            for column in counts.indices where matrix.isZeroed[column] { counts[column] = VoteCounts(seen: people) }
        }
        return counts
    }
}
