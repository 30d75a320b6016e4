/// Minimum detectable effects and sample sizes (Bloom 1995): two-sided α, power 1 − β.
public enum Power {
    /// (z₁₋α/2 + z₁₋β): 2.80 at α .05 and power .8.
    public static func multiplier(alpha: Double = 0.05, power: Double = 0.8) -> Double {
        Normal.quantile(1 - alpha / 2) + Normal.quantile(power)
    }

    /// The smallest true effect a test of these sizes detects with the given power.
    public static func minimumDetectableEffect(sd: Double, treated: Int, control: Int, alpha: Double = 0.05, power: Double = 0.8) -> Double
    {
        multiplier(alpha: alpha, power: power) * sd * (1 / Double(treated) + 1 / Double(control)).squareRoot()
    }

    /// Respondents needed in each arm to detect `effect`; with several messages against one control,
    /// α is divided among them (Bonferroni).
    public static func sampleSizePerArm(sd: Double, effect: Double, messages: Int = 1, alpha: Double = 0.05, power: Double = 0.8) -> Int {
        let m = multiplier(alpha: alpha / Double(max(messages, 1)), power: power)
        let needed = (2 * m * m * sd * sd / (effect * effect)).rounded(.up)
        // A target this small cannot be reached by any test; say so rather than overflow an integer.
        guard needed.isFinite, needed < Double(unreachable) else { return unreachable }
        return Int(needed)
    }

    /// What ``sampleSizePerArm(sd:effect:messages:alpha:power:)`` answers for an effect no real
    /// sample could detect: a trillion respondents per arm.
    public static let unreachable = 1_000_000_000_000

    /// The standard deviation of a yes/no outcome with base rate `p`.
    public static func binarySD(baseRate p: Double) -> Double { (p * (1 - p)).squareRoot() }
}
