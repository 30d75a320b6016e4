/// Lin's (2013) covariate adjustment with HC2 standard errors, fitted arm by arm.
///
/// The regression y ~ arms + x̃ + arms × x̃ (x̃ centred at the overall mean) gives every arm its own
/// intercept and slopes, so its design is block-diagonal by arm once it is written that way: the
/// hat matrix, the coefficients and the HC2 sandwich are those of one small regression per arm of
/// y on [1, x̃]. An arm's effect is its intercept minus the control's, and its variance is the sum
/// of the two intercepts' HC2 variances (the blocks are independent). Equal to the full regression,
/// with K/arms columns per row instead of K, one pass to gather sums and one for the residuals —
/// and rows can be streamed: nothing but sums is kept.
struct LinAdjustment {
    struct Fit {
        /// For each message arm (1, 2, ...): its effect against the control.
        let effects: [Estimate]
        let rows: Int
        let columns: Int
        let fullLeverageRows: Int
    }

    /// The first pass: per arm, the count, the means of (x, y) and their co-moments (Welford).
    struct Sums {
        let arms: Int
        /// Columns offered per row; some may be dropped before solving (a segment with no rows).
        let width: Int
        private(set) var counts: [Int]
        private(set) var means: [Double]
        private(set) var comoments: [Double]
        private var delta: [Double]

        init(arms: Int, width: Int) {
            self.arms = arms
            self.width = width
            counts = Array(repeating: 0, count: arms)
            means = Array(repeating: 0, count: arms * (width + 1))
            comoments = Array(repeating: 0, count: arms * (width + 1) * (width + 1))
            delta = Array(repeating: 0, count: width + 1)
        }

        mutating func add(arm: Int, x: UnsafeBufferPointer<Double>, y: Double) {
            let p = width + 1
            let width = width
            counts[arm] += 1
            let reciprocal = 1 / Double(counts[arm])
            means.withUnsafeMutableBufferPointer { means in
                comoments.withUnsafeMutableBufferPointer { comoments in
                    delta.withUnsafeMutableBufferPointer { delta in
                        let base = arm * p
                        for i in 0..<p {
                            delta[i] = (i < width ? x[i] : y) - means[base + i]
                            means[base + i] += delta[i] * reciprocal
                        }
                        let block = arm * p * p
                        for i in 0..<p {
                            let after = (i < width ? x[i] : y) - means[base + i]
                            for j in 0..<p { comoments[block + j * p + i] += delta[j] * after }
                        }
                    }
                }
            }
        }

        /// Each arm's normal equations in [1, x − overall mean], on the columns `kept`.
        func solve(keeping kept: [Int]) throws(ImpactError) -> Solved {
            let total = counts.reduce(0, +)
            let p = kept.count + 1
            let columns = arms * p
            guard total > columns else { throw .tooFewRows(rows: total, columns: columns) }
            guard counts.allSatisfy({ $0 > 0 }) else { throw .collinear }
            let q = width + 1
            var overall = [Double](repeating: 0, count: kept.count)
            for arm in 0..<arms {
                for (i, column) in kept.enumerated() { overall[i] += Double(counts[arm]) * means[arm * q + column] }
            }
            for i in overall.indices { overall[i] /= Double(total) }
            var inverses: [Double] = []
            var coefficients: [Double] = []
            for arm in 0..<arms {
                let n = Double(counts[arm])
                let base = arm * q
                let block = arm * q * q
                let meanY = means[base + width]
                var a = [Double](repeating: 0, count: p * p)
                var b = [Double](repeating: 0, count: p)
                a[0] = n
                b[0] = n * meanY
                for (i, ci) in kept.enumerated() {
                    let di = means[base + ci] - overall[i]
                    a[1 + i] = n * di
                    a[(1 + i) * p] = n * di
                    b[1 + i] = comoments[block + ci * q + width] + n * di * meanY
                    for (j, cj) in kept.enumerated() {
                        a[(1 + i) * p + 1 + j] = comoments[block + ci * q + cj] + n * di * (means[base + cj] - overall[j])
                    }
                }
                guard let inverse = Cholesky.inverse(a, size: p) else { throw .collinear }
                for i in 0..<p {
                    var beta = 0.0
                    for j in 0..<p { beta += inverse[i * p + j] * b[j] }
                    coefficients.append(beta)
                }
                inverses += inverse
            }
            return Solved(
                arms: arms, kept: kept, overall: overall, inverses: inverses, coefficients: coefficients, rows: total,
                variances: Array(repeating: 0, count: arms), row: Array(repeating: 0, count: p))
        }
    }

    /// The second pass: residuals and leverages, for the HC2 variance of each arm's intercept.
    struct Solved {
        let arms: Int
        let kept: [Int]
        let overall: [Double]
        let inverses: [Double]
        let coefficients: [Double]
        let rows: Int
        private(set) var variances: [Double]
        private(set) var fullLeverageRows = 0
        private var row: [Double]

        init(
            arms: Int, kept: [Int], overall: [Double], inverses: [Double], coefficients: [Double], rows: Int, variances: [Double],
            row: [Double]
        ) {
            self.arms = arms
            self.kept = kept
            self.overall = overall
            self.inverses = inverses
            self.coefficients = coefficients
            self.rows = rows
            self.variances = variances
            self.row = row
        }

        mutating func add(arm: Int, x: UnsafeBufferPointer<Double>, y: Double) {
            let p = kept.count + 1
            var leverage = 0.0
            var intercept = 0.0
            var fitted = 0.0
            row.withUnsafeMutableBufferPointer { row in
                row[0] = 1
                for (i, column) in kept.enumerated() { row[1 + i] = x[column] - overall[i] }
                inverses.withUnsafeBufferPointer { inverse in
                    coefficients.withUnsafeBufferPointer { beta in
                        let start = arm * p
                        let block = arm * p * p
                        for i in 0..<p { fitted += beta[start + i] * row[i] }
                        for i in 0..<p {
                            var projected = 0.0
                            for j in 0..<p { projected += inverse[block + i * p + j] * row[j] }
                            leverage += row[i] * projected
                            if i == 0 { intercept = projected }
                        }
                    }
                }
            }
            // estimatr 2.0: a row that alone fixes a coefficient adds nothing to the variance.
            guard leverage < 1 - 1e-12 else {
                fullLeverageRows += 1
                return
            }
            let residual = y - fitted
            variances[arm] += residual * residual / (1 - leverage) * intercept * intercept
        }

        var fit: Fit {
            let p = kept.count + 1
            let columns = arms * p
            let df = Double(rows - columns)
            let effects = (1..<arms).map { arm in
                Estimate(
                    estimate: coefficients[arm * p] - coefficients[0], se: max(variances[arm] + variances[0], 0).squareRoot(), df: df)
            }
            return Fit(effects: effects, rows: rows, columns: columns, fullLeverageRows: fullLeverageRows)
        }
    }

    /// Rows given twice, in the same order: the arm (0 is the control), the covariates, the outcome.
    static func fit(
        arms: Int, width: Int,
        rows: (_ body: (_ arm: Int, _ x: UnsafeBufferPointer<Double>, _ y: Double) -> Void) -> Void
    ) throws(ImpactError) -> Fit {
        var sums = Sums(arms: arms, width: width)
        rows { arm, x, y in sums.add(arm: arm, x: x, y: y) }
        var solved = try sums.solve(keeping: Array(0..<width))
        rows { arm, x, y in solved.add(arm: arm, x: x, y: y) }
        return solved.fit
    }
}
