/// Two waves of a tracking survey (repeated cross-sections, each with survey weights): the weighted
/// difference in means, with standard errors from Kish's effective sample sizes.
public enum TrackingWaves {
    public struct Wave: Sendable {
        public let values: [Double]
        public let weights: [Double]

        public init(values: [Double], weights: [Double]) {
            self.values = values
            self.weights = weights
        }

        /// Kish's design effect n Σw² / (Σw)²: how much the weighting costs in precision.
        public var designEffect: Double {
            let total = weights.reduce(0, +)
            return Double(weights.count) * weights.reduce(0) { $0 + $1 * $1 } / (total * total)
        }

        /// The sample size the weighted wave is worth: n / design effect.
        public var effectiveSize: Double { Double(weights.count) / designEffect }

        var weightedMeanAndVariance: (mean: Double, variance: Double) {
            let total = weights.reduce(0, +)
            let mean = zip(values, weights).reduce(0) { $0 + $1.0 * $1.1 } / total
            let spread = zip(values, weights).reduce(0) { $0 + $1.1 * ($1.0 - mean) * ($1.0 - mean) } / total
            let n = effectiveSize
            return (mean, spread * n / (n - 1))
        }
    }

    /// Later wave minus earlier wave; nil when a wave has fewer than two respondents or no weight.
    public static func difference(later: Wave, earlier: Wave) throws(ImpactError) -> Estimate {
        for wave in [later, earlier] {
            guard wave.values.count == wave.weights.count else {
                throw .badInput(file: nil, line: nil, problem: "each answer needs a weight.")
            }
            guard wave.values.count >= 2, wave.weights.allSatisfy({ $0 >= 0 && $0.isFinite }), wave.weights.reduce(0, +) > 0 else {
                throw .badInput(file: nil, line: nil, problem: "a wave needs two answers or more, and weights that are positive numbers.")
            }
        }
        let (mean1, variance1) = later.weightedMeanAndVariance
        let (mean0, variance0) = earlier.weightedMeanAndVariance
        let n1 = later.effectiveSize
        let n0 = earlier.effectiveSize
        let v1 = variance1 / n1
        let v0 = variance0 / n0
        let df = (v1 + v0) * (v1 + v0) / (v1 * v1 / (n1 - 1) + v0 * v0 / (n0 - 1))
        return Estimate(estimate: mean1 - mean0, se: (v1 + v0).squareRoot(), df: df)
    }
}
