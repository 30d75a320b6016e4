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
        /// The means of (x, y) per arm, then their co-moments per arm, then room for one row's deviations:
        /// one buffer, so a row touches one array.
        private var storage: [Double]
        private var comomentsStart: Int { arms * (width + 1) }
        private var deltaStart: Int { arms * (width + 1) * (width + 2) }

        var means: ArraySlice<Double> { storage[0..<comomentsStart] }
        var comoments: ArraySlice<Double> { storage[comomentsStart..<deltaStart] }

        init(arms: Int, width: Int) {
            self.arms = arms
            self.width = width
            counts = Array(repeating: 0, count: arms)
            storage = Array(repeating: 0, count: arms * (width + 1) * (width + 2) + width + 1)
        }

        mutating func add(arm: Int, x: UnsafeBufferPointer<Double>, y: Double) {
            let p = width + 1
            let width = width
            counts[arm] += 1
            let reciprocal = 1 / Double(counts[arm])
            let (comomentsStart, deltaStart) = (self.comomentsStart, self.deltaStart)
            storage.withUnsafeMutableBufferPointer { storage in
                let base = arm * p
                for i in 0..<p {
                    let delta = (i < width ? x[i] : y) - storage[base + i]
                    storage[deltaStart + i] = delta
                    storage[base + i] += delta * reciprocal
                }
                let block = comomentsStart + arm * p * p
                for i in 0..<p {
                    let after = (i < width ? x[i] : y) - storage[base + i]
                    for j in 0..<p { storage[block + j * p + i] += storage[deltaStart + j] * after }
                }
            }
        }

        /// These rows' sums and `other`'s together, arm by arm (co-moments as Moments.merge).
        mutating func merge(_ other: Sums) {
            let p = width + 1
            let (comomentsStart, deltaStart) = (self.comomentsStart, self.deltaStart)
            for arm in 0..<arms where other.counts[arm] > 0 {
                let (n1, n2) = (Double(counts[arm]), Double(other.counts[arm]))
                let total = n1 + n2
                let base = arm * p
                let block = comomentsStart + arm * p * p
                for i in 0..<p { storage[deltaStart + i] = other.storage[base + i] - storage[base + i] }
                for i in 0..<p {
                    for j in 0..<p {
                        storage[block + i * p + j] +=
                            other.storage[block + i * p + j] + storage[deltaStart + i] * storage[deltaStart + j] * n1 * n2 / total
                    }
                }
                for i in 0..<p { storage[base + i] += storage[deltaStart + i] * n2 / total }
                counts[arm] += other.counts[arm]
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
            let means = Array(self.means)
            let comoments = Array(self.comoments)
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

        /// The residuals of another part of the rows, added to these.
        mutating func merge(_ other: Solved) {
            for arm in variances.indices { variances[arm] += other.variances[arm] }
            fullLeverageRows += other.fullLeverageRows
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
