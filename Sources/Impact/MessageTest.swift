/// A randomised message test analysed as estimatr would: difference in means, OLS with HC2, Lin's
/// covariate adjustment, Holm and Benjamini–Hochberg over outcome × arm, estimates within segments
/// (their own family per outcome), and the minimum detectable effect of each comparison.
public enum MessageTest {
    public static func analyze(_ responses: Responses) throws(ImpactError) -> MessageTestReport {
        let treatments = responses.treatments
        guard !treatments.isEmpty, responses.arms.contains(responses.control) else {
            throw .badInput(
                file: nil, line: nil, problem: "the data needs the control arm (\(responses.control)) and at least one message arm.")
        }
        var report = MessageTestReport(n: responses.count, arms: treatments, segments: responses.segmentLabels)
        var family: [(outcome: String, arm: Label, p: Double)] = []
        // Each respondent's arm as a column number (nil for the control), found once for all outcomes.
        let treatmentIndex = Dictionary(uniqueKeysWithValues: treatments.enumerated().map { ($0.element, $0.offset) })
        let armColumn = responses.arms.map { treatmentIndex[$0] }
        for (name, column) in responses.outcomes {
            let controlValues = values(of: column, responses.control, responses)
            let controlSD = DifferenceInMeans.meanAndVariance(controlValues).variance.squareRoot()
            for arm in treatments {
                guard let result = DifferenceInMeans.estimate(treated: values(of: column, arm, responses), control: controlValues) else {
                    report.warnings.append("Arm \(arm), \(name): fewer than two answers in a group; no estimate.")
                    continue
                }
                report.differenceInMeans.append(.init(outcome: name, arm: arm, result: result))
                if result.estimate.se > 0 {
                    family.append((name, arm, result.estimate.p))
                } else {
                    report.warnings.append("\(name) does not vary in message \(arm) or in the control: there is nothing to test.")
                }
                report.mde.append(
                    .init(
                        outcome: name, arm: arm, controlSD: controlSD,
                        mde: Power.minimumDetectableEffect(sd: controlSD, treated: result.treated, control: result.control)))
            }
            do {
                try regressions(name, column, responses, treatments, armColumn, into: &report)
            } catch .tooFewRows(let rows, let columns) {
                report.warnings.append(
                    "\(name): \(rows) answers are too few for a regression with \(columns) terms; only the differences in means are given.")
            }
            if responses.segments != nil { segments(name, column, responses, treatments, into: &report) }
        }
        let holm = MultipleComparisons.holm(family.map(\.p))
        let bh = MultipleComparisons.benjaminiHochberg(family.map(\.p))
        report.multipleComparisons = family.indices.map {
            .init(outcome: family[$0].outcome, arm: family[$0].arm, p: family[$0].p, holm: holm[$0], bh: bh[$0])
        }
        return report
    }

    private static func values(of column: [Double?], _ arm: Label, _ responses: Responses, segment: Label? = nil) -> [Double] {
        column.indices.compactMap { row in
            guard responses.arms[row] == arm, segment == nil || responses.segments?[row] == segment else { return nil }
            return column[row]
        }
    }

    /// OLS on the arm dummies, and Lin's regression with centred covariates (and segment dummies,
    /// which are pre-treatment too) interacted with the arms; on the rows where all are present.
    private static func regressions(
        _ name: String, _ outcome: [Double?], _ responses: Responses, _ treatments: [Label], _ armColumn: [Int?],
        into report: inout MessageTestReport
    ) throws(ImpactError) {
        let rows = outcome.indices.filter { outcome[$0] != nil }
        let arms = treatments.count
        // One row buffer, rewritten for every respondent: no array is made per row.
        var x = [Double](repeating: 0, count: 1 + arms)
        let plain = try named(name, responses) { () throws(ImpactError) -> LinearModel.Fit in
            try LinearModel.fitHC2(columns: 1 + arms) { body in
                for row in rows {
                    for column in x.indices { x[column] = 0 }
                    x[0] = 1
                    if let arm = armColumn[row] { x[1 + arm] = 1 }
                    body(x, outcome[row]!)
                }
            }
        }
        report.noteLeverage(plain.fullLeverageRows)
        for (index, arm) in treatments.enumerated() {
            report.olsHC2.append(.init(outcome: name, arm: arm, estimate: plain.estimate(index + 1)))
        }

        let linRows = rows.filter { row in responses.covariates.allSatisfy { $0.values[row] != nil } }
        // Dummies only for segments present among these rows: one seen only where the outcome is
        // missing would be a column of zeros, and the regression could not be solved.
        let segmentLabels = responses.segments.map { segments in Array(Set(linRows.map { segments[$0] })).sorted() } ?? []
        let width = responses.covariates.count + max(segmentLabels.count - 1, 0)
        guard width > 0 else { return }
        // The covariates of every Lin row, centred, in one flat array.
        var centred = [Double](repeating: 0, count: linRows.count * width)
        let segmentColumn = Dictionary(uniqueKeysWithValues: segmentLabels.dropFirst().enumerated().map { ($0.element, $0.offset) })
        for (position, row) in linRows.enumerated() {
            for (index, covariate) in responses.covariates.enumerated() { centred[position * width + index] = covariate.values[row]! }
            if let segment = responses.segments?[row], let column = segmentColumn[segment] {
                centred[position * width + responses.covariates.count + column] = 1
            }
        }
        var means = [Double](repeating: 0, count: width)
        for position in linRows.indices { for column in 0..<width { means[column] += centred[position * width + column] } }
        for column in 0..<width { means[column] /= Double(max(linRows.count, 1)) }
        for position in linRows.indices { for column in 0..<width { centred[position * width + column] -= means[column] } }
        let columns = 1 + arms + width * (1 + arms)
        var z = [Double](repeating: 0, count: columns)
        let lin = try named(name, responses) { () throws(ImpactError) -> LinearModel.Fit in
            try LinearModel.fitHC2(columns: columns) { body in
                for (position, row) in linRows.enumerated() {
                    for column in z.indices { z[column] = 0 }
                    z[0] = 1
                    let base = position * width
                    for column in 0..<width { z[1 + arms + column] = centred[base + column] }
                    if let arm = armColumn[row] {
                        z[1 + arm] = 1
                        let interactions = 1 + arms + width * (1 + arm)
                        for column in 0..<width { z[interactions + column] = centred[base + column] }
                    }
                    body(z, outcome[row]!)
                }
            }
        }
        report.noteLeverage(lin.fullLeverageRows)
        for (index, arm) in treatments.enumerated() { report.lin.append(.init(outcome: name, arm: arm, estimate: lin.estimate(index + 1))) }
    }

    /// A regression's problem, said with the columns it concerns.
    private static func named(_ outcome: String, _ responses: Responses, _ fit: () throws(ImpactError) -> LinearModel.Fit)
        throws(ImpactError) -> LinearModel.Fit
    {
        do {
            return try fit()
        } catch .collinear {
            let names = responses.covariates.map(\.name)
            throw .badInput(
                file: nil, line: nil,
                problem: "for \(outcome), "
                    + (names.isEmpty
                        ? "an arm has no answers"
                        : "the covariates \(names.joined(separator: ", ")) repeat each other or the arms (or an arm has no answers)")
                    + "; leave one out.")
        }
    }

    /// Difference in means within each segment; Benjamini–Hochberg over this outcome's segment family.
    private static func segments(
        _ name: String, _ outcome: [Double?], _ responses: Responses, _ treatments: [Label], into report: inout MessageTestReport
    ) {
        var entries: [MessageTestReport.SegmentEntry] = []
        for segment in responses.segmentLabels {
            for arm in treatments {
                guard
                    let result = DifferenceInMeans.estimate(
                        treated: values(of: outcome, arm, responses, segment: segment),
                        control: values(of: outcome, responses.control, responses, segment: segment))
                else {
                    report.warnings.append("Segment \(segment), arm \(arm), \(name): fewer than two answers in a group; no estimate.")
                    continue
                }
                entries.append(.init(outcome: name, segment: segment, arm: arm, result: result, bh: .nan))
            }
        }
        let adjusted = MultipleComparisons.benjaminiHochberg(entries.map(\.estimate.p))
        for index in entries.indices { entries[index].bh = adjusted[index] }
        report.segments += entries
    }
}
