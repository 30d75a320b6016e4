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
        estimate(treated: Moments(treated), control: Moments(control))
    }

    /// The same from each group's moments, gathered in one pass over the rows.
    public static func estimate(treated: Moments, control: Moments) -> Result? {
        guard treated.count >= 2, control.count >= 2 else { return nil }
        let (mean1, variance1) = (treated.mean, treated.variance)
        let (mean0, variance0) = (control.mean, control.variance)
        let n1 = Double(treated.count)
        let n0 = Double(control.count)
        let v1 = variance1 / n1
        let v0 = variance0 / n0
        let df = (v1 + v0) * (v1 + v0) / (v1 * v1 / (n1 - 1) + v0 * v0 / (n0 - 1))
        return Result(
            estimate: Estimate(estimate: mean1 - mean0, se: (v1 + v0).squareRoot(), df: df), treated: treated.count, control: control.count)
    }
}
