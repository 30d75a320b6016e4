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
        for (name, column) in responses.outcomes {
            for arm in treatments {
                let controlValues = values(of: column, responses.control, responses)
                guard let result = DifferenceInMeans.estimate(treated: values(of: column, arm, responses), control: controlValues) else {
                    report.warnings.append("Arm \(arm), \(name): fewer than two answers in a group; no estimate.")
                    continue
                }
                report.differenceInMeans.append(.init(outcome: name, arm: arm, result: result))
                family.append((name, arm, result.estimate.p))
                let sd = DifferenceInMeans.meanAndVariance(controlValues).variance.squareRoot()
                report.mde.append(
                    .init(
                        outcome: name, arm: arm, controlSD: sd,
                        mde: Power.minimumDetectableEffect(sd: sd, treated: result.treated, control: result.control)))
            }
            try regressions(name, column, responses, treatments, into: &report)
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
        _ name: String, _ outcome: [Double?], _ responses: Responses, _ treatments: [Label], into report: inout MessageTestReport
    ) throws(ImpactError) {
        let rows = outcome.indices.filter { outcome[$0] != nil }
        let dummies = { (row: Int) in treatments.map { responses.arms[row] == $0 ? 1.0 : 0.0 } }
        let plain = try LinearModel.fitHC2(columns: 1 + treatments.count) { body in
            for row in rows { body([1] + dummies(row), outcome[row]!) }
        }
        report.noteLeverage(plain.fullLeverageRows)
        for (index, arm) in treatments.enumerated() {
            report.olsHC2.append(.init(outcome: name, arm: arm, estimate: plain.estimate(index + 1)))
        }

        let segmentLabels = responses.segmentLabels
        let linRows = rows.filter { row in responses.covariates.allSatisfy { $0.values[row] != nil } }
        let covariate = { (row: Int) -> [Double] in
            responses.covariates.map { $0.values[row]! }
                + segmentLabels.dropFirst().map { responses.segments?[row] == $0 ? 1.0 : 0.0 }
        }
        let width = responses.covariates.count + max(segmentLabels.count - 1, 0)
        guard width > 0 else { return }
        var means = [Double](repeating: 0, count: width)
        for row in linRows { for (index, value) in covariate(row).enumerated() { means[index] += value } }
        means = means.map { $0 / Double(max(linRows.count, 1)) }
        let lin = try LinearModel.fitHC2(columns: 1 + treatments.count + width * (1 + treatments.count)) { body in
            for row in linRows {
                let arms = dummies(row)
                let centred = zip(covariate(row), means).map { $0 - $1 }
                body([1] + arms + centred + arms.flatMap { dummy in centred.map { dummy * $0 } }, outcome[row]!)
            }
        }
        report.noteLeverage(lin.fullLeverageRows)
        for (index, arm) in treatments.enumerated() { report.lin.append(.init(outcome: name, arm: arm, estimate: lin.estimate(index + 1))) }
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
