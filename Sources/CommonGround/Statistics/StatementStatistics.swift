import Foundation

/// How one group voted on one statement compared with everyone else (the other groups together):
/// smoothed shares, how surely they differ from a coin toss, and from the rest.
public struct StatementStatistics: Sendable, Equatable {
    public let counts: VoteCounts
    /// (agrees + 1) / (seen + 2), and the same for disagrees.
    public let agreeShare: Double
    public let disagreeShare: Double
    /// One-proportion z: is the group's share of agrees above one half?
    public let agreeTest: Double
    public let disagreeTest: Double
    /// The group's share over the rest's share.
    public let agreeRatio: Double
    public let disagreeRatio: Double
    /// Two-proportion z against the rest.
    public let agreeRatioTest: Double
    public let disagreeRatioTest: Double

    /// One-sided 90%.
    public static let significant = 1.2816

    public init(_ counts: VoteCounts, rest: VoteCounts) {
        self.counts = counts
        let seen = Double(counts.seen)
        agreeShare = (Double(counts.agree) + 1) / (seen + 2)
        disagreeShare = (Double(counts.disagree) + 1) / (seen + 2)
        agreeTest = Self.proportionTest(counts.agree, counts.seen)
        disagreeTest = Self.proportionTest(counts.disagree, counts.seen)
        let restSeen = Double(rest.seen)
        agreeRatio = agreeShare / ((Double(rest.agree) + 1) / (restSeen + 2))
        disagreeRatio = disagreeShare / ((Double(rest.disagree) + 1) / (restSeen + 2))
        agreeRatioTest = Self.twoProportionTest(counts.agree, rest.agree, counts.seen, rest.seen)
        disagreeRatioTest = Self.twoProportionTest(counts.disagree, rest.disagree, counts.seen, rest.seen)
    }

    public static func proportionTest(_ successes: Int, _ trials: Int) -> Double {
        let trials = Double(trials) + 1
        return 2 * trials.squareRoot() * ((Double(successes) + 1) / trials - 0.5)
    }

    /// With one added to all four counts; 0 when both shares are 1.
    public static func twoProportionTest(_ successes: Int, _ otherSuccesses: Int, _ trials: Int, _ otherTrials: Int) -> Double {
        let (s1, s2) = (Double(successes) + 1, Double(otherSuccesses) + 1)
        let (n1, n2) = (Double(trials) + 1, Double(otherTrials) + 1)
        let pooled = (s1 + s2) / (n1 + n2)
        guard pooled != 1 else { return 0 }
        return (s1 / n1 - s2 / n2) / (pooled * (1 - pooled) * (1 / n1 + 1 / n2)).squareRoot()
    }
}
