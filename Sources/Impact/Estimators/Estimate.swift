/// An effect with its uncertainty: the estimate, its standard error, the t distribution's degrees
/// of freedom, the 95% interval and the two-sided p-value.
public struct Estimate: Sendable, Equatable, Codable {
    public let estimate: Double
    public let se: Double
    public let df: Double
    public let ciLow: Double
    public let ciHigh: Double
    public let p: Double

    public init(estimate: Double, se: Double, df: Double) {
        self.estimate = estimate
        self.se = se
        self.df = df
        let distribution = StudentT(degreesOfFreedom: df)
        let q = distribution.quantile(0.975)
        ciLow = estimate - q * se
        ciHigh = estimate + q * se
        p = se > 0 ? distribution.twoSided(estimate / se) : .nan
    }

    enum CodingKeys: String, CodingKey {
        case estimate, se, df, p
        case ciLow = "ci_low"
        case ciHigh = "ci_high"
    }
}
