/// Ordinary least squares with HC2 standard errors (estimatr's default for `lm_robust`), t on N − K
/// degrees of freedom. Two passes over the rows, keeping only K×K sums: memory grows with the
/// number of columns, not of respondents.
public enum LinearModel {
    public struct Fit: Sendable, Equatable {
        public let coefficients: [Double]
        public let standardErrors: [Double]
        public let degreesOfFreedom: Double
        public let rows: Int
        /// Rows whose leverage is 1 (or more, by rounding): they add nothing to the variance, as in
        /// estimatr 2.0, and the report says so.
        public let fullLeverageRows: Int

        public func estimate(_ index: Int) -> Estimate {
            Estimate(estimate: coefficients[index], se: standardErrors[index], df: degreesOfFreedom)
        }
    }

    /// Rows given twice by `rows` (each call must give the same rows in the same order): the
    /// predictors (with the intercept column if wanted) and the outcome.
    public static func fitHC2(columns: Int, rows: (_ body: (_ x: [Double], _ y: Double) -> Void) -> Void) throws(ImpactError) -> Fit {
        let k = columns
        var xtx = [Double](repeating: 0, count: k * k)
        var xty = [Double](repeating: 0, count: k)
        var n = 0
        rows { x, y in
            for i in 0..<k {
                xty[i] += x[i] * y
                for j in i..<k { xtx[i * k + j] += x[i] * x[j] }
            }
            n += 1
        }
        for i in 0..<k { for j in 0..<i { xtx[i * k + j] = xtx[j * k + i] } }
        guard n > k else { throw ImpactError.tooFewRows(rows: n, columns: k) }
        guard let inverse = Cholesky.inverse(xtx, size: k) else { throw ImpactError.collinear }
        var beta = [Double](repeating: 0, count: k)
        for i in 0..<k { for j in 0..<k { beta[i] += inverse[i * k + j] * xty[j] } }
        // Second pass: residuals, leverages and the HC2 "meat".
        var meat = [Double](repeating: 0, count: k * k)
        var fullLeverage = 0
        var projected = [Double](repeating: 0, count: k)
        rows { x, y in
            var fitted = 0.0
            for i in 0..<k { fitted += x[i] * beta[i] }
            let residual = y - fitted
            for i in 0..<k {
                var sum = 0.0
                for j in 0..<k { sum += inverse[i * k + j] * x[j] }
                projected[i] = sum
            }
            var leverage = 0.0
            for i in 0..<k { leverage += x[i] * projected[i] }
            guard leverage < 1 - 1e-12 else {
                fullLeverage += 1
                return
            }
            let weight = residual * residual / (1 - leverage)
            for i in 0..<k { for j in i..<k { meat[i * k + j] += weight * x[i] * x[j] } }
        }
        for i in 0..<k { for j in 0..<i { meat[i * k + j] = meat[j * k + i] } }
        // V = (X'X)⁻¹ meat (X'X)⁻¹: only the diagonal is needed.
        var errors = [Double](repeating: 0, count: k)
        for i in 0..<k {
            var variance = 0.0
            for a in 0..<k {
                let left = inverse[i * k + a]
                if left == 0 { continue }
                for b in 0..<k { variance += left * meat[a * k + b] * inverse[b * k + i] }
            }
            errors[i] = max(variance, 0).squareRoot()
        }
        return Fit(
            coefficients: beta, standardErrors: errors, degreesOfFreedom: Double(n - k), rows: n, fullLeverageRows: fullLeverage)
    }
}

/// Inverse of a small symmetric positive definite matrix by Cholesky factorisation.
enum Cholesky {
    static func inverse(_ matrix: [Double], size k: Int) -> [Double]? {
        var l = [Double](repeating: 0, count: k * k)
        for i in 0..<k {
            for j in 0...i {
                var sum = matrix[i * k + j]
                for m in 0..<j { sum -= l[i * k + m] * l[j * k + m] }
                if i == j {
                    // A pivot this small relative to its diagonal means a column repeats another.
                    guard sum > 1e-12 * max(abs(matrix[i * k + i]), 1e-300) else { return nil }
                    l[i * k + i] = sum.squareRoot()
                } else {
                    l[i * k + j] = sum / l[j * k + j]
                }
            }
        }
        // Invert L, then (L⁻¹)ᵀ L⁻¹.
        var inverseL = [Double](repeating: 0, count: k * k)
        for i in 0..<k {
            inverseL[i * k + i] = 1 / l[i * k + i]
            for j in 0..<i {
                var sum = 0.0
                for m in j..<i { sum -= l[i * k + m] * inverseL[m * k + j] }
                inverseL[i * k + j] = sum / l[i * k + i]
            }
        }
        var result = [Double](repeating: 0, count: k * k)
        for i in 0..<k {
            for j in 0...i {
                var sum = 0.0
                for m in i..<k { sum += inverseL[m * k + i] * inverseL[m * k + j] }
                result[i * k + j] = sum
                result[j * k + i] = sum
            }
        }
        return result
    }
}
