import Foundation

/// Student's t distribution with `df` degrees of freedom (df may be fractional, as Welch's is).
/// Tail probabilities come from the regularized incomplete beta function, computed directly for
/// the tail so that tiny p-values keep their precision; quantiles by Newton's method on the tail.
public struct StudentT: Sendable {
    public let degreesOfFreedom: Double

    public init(degreesOfFreedom: Double) {
        self.degreesOfFreedom = degreesOfFreedom
    }

    /// P(T > t).
    public func survival(_ t: Double) -> Double {
        guard t.isFinite else { return t > 0 ? 0 : 1 }
        if degreesOfFreedom.isInfinite { return Normal.survival(t) }
        // P(|T| > |t|) = I_x(v/2, 1/2), x = v / (v + t²).
        let twoSided = self.twoSided(t)
        return t >= 0 ? twoSided / 2 : 1 - twoSided / 2
    }

    public func cdf(_ t: Double) -> Double { survival(-t) }

    /// P(|T| > |t|): the two-sided p-value of a t statistic.
    public func twoSided(_ t: Double) -> Double {
        guard t.isFinite else { return t.isNaN ? .nan : 0 }
        let v = degreesOfFreedom
        if v.isInfinite { return 2 * Normal.survival(abs(t)) }
        // x and 1 − x each computed directly: near x = 1, 1 − x by subtraction would lose digits.
        return IncompleteBeta.regularized(x: v / (v + t * t), complement: t * t / (v + t * t), a: v / 2, b: 0.5)
    }

    public func density(_ t: Double) -> Double {
        let v = degreesOfFreedom
        let logDensity = IncompleteBeta.logGammaRatio(v / 2, 0.5) - 0.5 * log(v * Double.pi) - (v + 1) / 2 * log1p(t * t / v)
        return exp(logDensity)
    }

    /// The t with P(T ≤ t) = p.
    public func quantile(_ p: Double) -> Double {
        if p <= 0 { return -.infinity }
        if p >= 1 { return .infinity }
        if p < 0.5 { return -quantile(1 - p) }
        if p == 0.5 { return 0 }
        let tail = 1 - p
        // Start from the normal quantile with the first Cornish-Fisher correction, then Newton on
        // the tail probability, which stays precise where 1 − cdf would not.
        let z = Normal.quantile(p)
        var t = z + (z * z * z + z) / (4 * degreesOfFreedom)
        for _ in 0..<100 {
            let step = (survival(t) - tail) / density(t)
            t += step
            if abs(step) <= 1e-15 * max(1, abs(t)) { break }
        }
        return t
    }
}

/// The regularized incomplete beta function I_x(a, b), by Lentz's continued fraction.
enum IncompleteBeta {
    /// `complement` is 1 − x, given separately by callers that can compute it without cancellation.
    static func regularized(x: Double, complement: Double? = nil, a: Double, b: Double) -> Double {
        let y = complement ?? 1 - x
        if x <= 0 { return 0 }
        if y <= 0 { return 1 }
        let logFront = logGammaRatio(max(a, b), min(a, b)) - lgamma(min(a, b)) + a * log(x) + b * log(y)
        if x < (a + 1) / (a + b + 2) {
            return exp(logFront) * continuedFraction(x: x, complement: y, a: a, b: b) / a
        }
        return 1 - exp(logFront) * continuedFraction(x: y, complement: x, a: b, b: a) / b
    }

    /// log Γ(a + b) − log Γ(a) for a ≥ b. For large a (a t test with a million respondents) the two
    /// log-gammas are near 10⁷ and their difference would keep only a few digits: Stirling's series
    /// of the difference keeps them all.
    static func logGammaRatio(_ a: Double, _ b: Double) -> Double {
        guard a > 100 else { return lgamma(a + b) - lgamma(a) }
        func correction(_ x: Double) -> Double {
            let inverse = 1 / x
            let square = inverse * inverse
            return inverse * (1.0 / 12 - square * (1.0 / 360 - square * (1.0 / 1260 - square / 1680)))
        }
        return (a - 0.5) * log1p(b / a) + b * log(a + b) - b + correction(a + b) - correction(a)
    }

    private static func continuedFraction(x: Double, complement: Double, a: Double, b: Double) -> Double {
        let tiny = 1e-300
        var c = 1.0
        var d = 1 - (a + b) * x / (a + 1)
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1...10_000 {
            let m = Double(m)
            let m2 = 2 * m
            var aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < 1e-16 { break }
        }
        return h
    }
}
