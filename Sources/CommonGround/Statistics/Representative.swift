/// A statement that sets a group apart: the direction it leans, and the numbers behind it.
public struct RepresentativeStatement: Sendable, Equatable {
    public enum Direction: String, Sendable, Codable { case agree, disagree }

    public let statement: Int
    public let direction: Direction
    /// The group's smoothed share in that direction, its test, its ratio to the rest, and that test.
    public let share: Double
    public let test: Double
    public let ratio: Double
    public let ratioTest: Double
    /// Picked as the group's best agreement rather than as significant.
    public let isBestAgreement: Bool

    init(_ statement: Int, _ statistics: StatementStatistics, isBestAgreement: Bool = false) {
        self.statement = statement
        self.isBestAgreement = isBestAgreement
        if statistics.agreeRatioTest > statistics.disagreeRatioTest {
            direction = .agree
            (share, test, ratio, ratioTest) = (
                statistics.agreeShare, statistics.agreeTest, statistics.agreeRatio, statistics.agreeRatioTest
            )
        } else {
            direction = .disagree
            (share, test, ratio, ratioTest) = (
                statistics.disagreeShare, statistics.disagreeTest, statistics.disagreeRatio, statistics.disagreeRatioTest
            )
        }
    }

    var score: Double { ratio * ratioTest * share * test }

    /// Up to five statements for a group, as Pol.is picks them: those significant both within the group
    /// and against the rest, led by the group's best agreement, agreements before disagreements; when
    /// none is significant, the best agreement alone (or the statement most unlike the rest).
    static func select(_ statistics: [StatementStatistics], excluding zeroed: [Bool]) -> [RepresentativeStatement] {
        let z = StatementStatistics.significant
        var sufficient: [RepresentativeStatement] = []
        var best: RepresentativeStatement?
        var bestAgreement: Int?
        for (index, stats) in statistics.enumerated() where !zeroed[index] {
            if (stats.agreeRatioTest > z && stats.agreeTest > z) || (stats.disagreeRatioTest > z && stats.disagreeTest > z) {
                sufficient.append(RepresentativeStatement(index, stats))
            }
            if sufficient.isEmpty, best == nil || max(stats.agreeRatioTest, stats.disagreeRatioTest) > best!.ratioTest {
                best = RepresentativeStatement(index, stats)
            }
            let beats: Bool
            if stats.counts.agree == 0, stats.counts.disagree == 0 {
                beats = false
            } else if let current = bestAgreement.map({ statistics[$0] }) {
                if current.agreeRatio > 1 {
                    beats =
                        stats.agreeRatio * stats.agreeRatioTest * stats.agreeShare * stats.agreeTest
                        > current.agreeRatio * current.agreeRatioTest * current.agreeShare * current.agreeTest
                } else {
                    beats = stats.agreeShare * stats.agreeTest > current.agreeShare * current.agreeTest
                }
            } else {
                beats = stats.agreeTest > z || (stats.agreeRatio > 1 && stats.agreeShare > 0.5)
            }
            if beats { bestAgreement = index }
        }
        let head = bestAgreement.map { [RepresentativeStatement($0, statistics[$0], isBestAgreement: true)] } ?? best.map { [$0] } ?? []
        guard !sufficient.isEmpty else { return head }
        let rest = sufficient.filter { $0.statement != bestAgreement }.enumerated()
            .sorted { ($0.element.score, -$0.offset) > ($1.element.score, -$1.offset) }.map(\.element)
        let chosen = ((bestAgreement == nil ? [] : head) + rest).prefix(5)
        return chosen.filter { $0.direction == .agree } + chosen.filter { $0.direction == .disagree }
    }
}
