/// Difference in means between a treated and a control group, as estimatr's `difference_in_means`
/// for a completely randomised design: Neyman variance s₁²/n₁ + s₀²/n₀ (sample variances) and
/// Welch–Satterthwaite degrees of freedom.
public enum DifferenceInMeans {
    public struct Result: Sendable, Equatable {
        public let estimate: Estimate
        public let treated: Int
        public let control: Int
    }

    /// Nil when either group has fewer than two values (no variance to speak of).
    public static func estimate(treated: [Double], control: [Double]) -> Result? {
        guard treated.count >= 2, control.count >= 2 else { return nil }
        let (mean1, variance1) = meanAndVariance(treated)
        let (mean0, variance0) = meanAndVariance(control)
        let n1 = Double(treated.count)
        let n0 = Double(control.count)
        let v1 = variance1 / n1
        let v0 = variance0 / n0
        let df = (v1 + v0) * (v1 + v0) / (v1 * v1 / (n1 - 1) + v0 * v0 / (n0 - 1))
        return Result(
            estimate: Estimate(estimate: mean1 - mean0, se: (v1 + v0).squareRoot(), df: df), treated: treated.count, control: control.count)
    }

    /// Two passes: the mean, then the sum of squared deviations (ddof 1), which is stabler than one.
    static func meanAndVariance(_ values: [Double]) -> (mean: Double, variance: Double) {
        let mean = values.reduce(0, +) / Double(values.count)
        var squares = 0.0
        var correction = 0.0
        for value in values {
            let deviation = value - mean
            squares += deviation * deviation
            correction += deviation
        }
        let n = Double(values.count)
        return (mean, (squares - correction * correction / n) / (n - 1))
    }
}
