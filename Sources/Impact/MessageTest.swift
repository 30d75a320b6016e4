/// A randomised message test analysed as estimatr would: difference in means, OLS with HC2, Lin's
/// covariate adjustment, Holm and Benjamini–Hochberg over outcome × arm, estimates within segments
/// (their own family per outcome), and the minimum detectable effect of each comparison.
///
/// Everything comes from sums gathered in two passes over the rows — moments per arm and per
/// segment × arm, and Lin's arm-wise regressions — so rows can come from memory (`Responses`) or
/// be streamed from a file (`ResponseStream`) with memory that grows with the columns, not the rows.
public enum MessageTest {
    typealias Family = [(outcome: String, arm: Label, p: Double)]

    public static func analyze(_ responses: Responses) throws(ImpactError) -> MessageTestReport {
        let design = try responses.design()
        // Outcomes are independent: each is analysed on its own core, then merged in their order, so
        // the report is the same as one made outcome by outcome.
        let parts = parallelMap(design.outcomeNames.count) { index in
            Result { () throws(ImpactError) -> (MessageTestReport, Family) in
                try analyze(design, outcomes: [index], pass: responses.pass(outcomes: [index]))
            }
        }
        var report = MessageTestReport(n: design.respondents, arms: design.treatments, segments: design.segmentLabels)
        var family: Family = []
        // The first problem in the outcomes' order, whichever core met it first.
        for result in parts {
            let (part, partFamily) = try result.get()
            report.merge(part)
            family += partFamily
        }
        report.adjust(family)
        return report
    }

    /// The same analysis on rows read from a file in passes (three: labels, sums, residuals).
    public static func analyze(_ stream: ResponseStream) throws(ImpactError) -> MessageTestReport {
        let prepared = try stream.prepare()
        let design = prepared.design
        var (report, family) = try analyze(design, outcomes: Array(design.outcomeNames.indices), pass: stream.pass(prepared))
        report.adjust(family)
        return report
    }

    /// `outcomes` are positions in the design's outcomes and in each row's outcome values.
    static func analyze(_ design: TestDesign, outcomes: [Int], pass: RowPass) throws(ImpactError) -> (MessageTestReport, Family) {
        let armCount = design.treatments.count + 1
        let segmentCount = design.hasSegments ? design.segmentLabels.count : 0
        let covariateCount = design.covariateNames.count
        // Lin's columns: the covariates, then one dummy per segment (the reference and segments
        // without rows are dropped before solving).
        let width = covariateCount + segmentCount
        var byArm = [[Moments]](repeating: Array(repeating: Moments(), count: armCount), count: outcomes.count)
        var bySegment = [[Moments]](repeating: Array(repeating: Moments(), count: armCount * segmentCount), count: outcomes.count)
        var sums = [LinAdjustment.Sums?](repeating: width > 0 ? .init(arms: armCount, width: width) : nil, count: outcomes.count)
        var present = [[Bool]](repeating: Array(repeating: false, count: segmentCount), count: outcomes.count)
        var x = [Double](repeating: 0, count: width)

        try pass { row in
            let adjustable = fill(&x, row, covariateCount)
            for (slot, outcome) in outcomes.enumerated() {
                let y = row.outcomes[outcome]
                guard !y.isNaN else { continue }
                byArm[slot][row.arm].add(y)
                if row.segment >= 0 { bySegment[slot][row.segment * armCount + row.arm].add(y) }
                if adjustable, sums[slot] != nil {
                    x.withUnsafeBufferPointer { sums[slot]!.add(arm: row.arm, x: $0, y: y) }
                    if row.segment >= 0 { present[slot][row.segment] = true }
                }
            }
        }

        // Solve each outcome's regressions; a problem is kept to report in the outcomes' order.
        var solved = [LinAdjustment.Solved?](repeating: nil, count: outcomes.count)
        var problems = [ImpactError?](repeating: nil, count: outcomes.count)
        for slot in outcomes.indices {
            guard let outcomeSums = sums[slot] else { continue }
            // The first segment present is the reference; each other present one keeps its column.
            let segmentsKept = present[slot].indices.filter { present[slot][$0] }.dropFirst().map { covariateCount + $0 }
            // Nothing to adjust for: Lin's regression would be the plain one.
            guard covariateCount + segmentsKept.count > 0 else { continue }
            do {
                solved[slot] = try outcomeSums.solve(keeping: Array(0..<covariateCount) + segmentsKept)
            } catch {
                problems[slot] = error
            }
        }
        if solved.contains(where: { $0 != nil }) {
            try pass { row in
                guard fill(&x, row, covariateCount) else { return }
                for (slot, outcome) in outcomes.enumerated() where solved[slot] != nil {
                    let y = row.outcomes[outcome]
                    guard !y.isNaN else { continue }
                    x.withUnsafeBufferPointer { solved[slot]!.add(arm: row.arm, x: $0, y: y) }
                }
            }
        }

        var report = MessageTestReport(n: design.respondents, arms: design.treatments, segments: design.segmentLabels)
        var family: Family = []
        for (slot, outcome) in outcomes.enumerated() {
            let name = design.outcomeNames[outcome]
            means(name, byArm[slot], design.treatments, into: &report, family: &family)
            do throws(ImpactError) {
                try plainRegression(name, byArm[slot], design, into: &report)
                if let problem = problems[slot] {
                    if case .collinear = problem { throw collinear(name, design) }
                    throw problem
                }
                if let fit = solved[slot]?.fit {
                    report.noteLeverage(fit.fullLeverageRows)
                    for (index, arm) in design.treatments.enumerated() {
                        report.lin.append(.init(outcome: name, arm: arm, estimate: fit.effects[index]))
                    }
                }
            } catch .tooFewRows(let rows, let columns) {
                report.warnings.append(
                    "\(name): \(rows) answers are too few for a regression with \(columns) terms; only the differences in means are given.")
            }
            if design.hasSegments { segmentEstimates(name, bySegment[slot], armCount, design, into: &report) }
        }
        return (report, family)
    }

    /// The row's covariates, then its segment as a one-hot column; false when a covariate is missing.
    private static func fill(_ x: inout [Double], _ row: RowView, _ covariateCount: Int) -> Bool {
        for index in 0..<covariateCount {
            let value = row.covariates[index]
            if value.isNaN { return false }
            x[index] = value
        }
        for index in covariateCount..<x.count { x[index] = 0 }
        if row.segment >= 0, covariateCount + row.segment < x.count { x[covariateCount + row.segment] = 1 }
        return true
    }

    /// Differences in means against the control, their minimum detectable effects, and the family.
    private static func means(
        _ name: String, _ byArm: [Moments], _ treatments: [Label], into report: inout MessageTestReport, family: inout Family
    ) {
        let controlSD = byArm[0].variance.squareRoot()
        for (index, arm) in treatments.enumerated() {
            guard let result = DifferenceInMeans.estimate(treated: byArm[index + 1], control: byArm[0]) else {
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
    }

    /// OLS of the outcome on the arm dummies with HC2 errors. The model is saturated, so it has a
    /// closed form: each coefficient is a difference in means, each row's leverage 1/nₐ, and the HC2
    /// variance of an arm's mean sₐ²/nₐ (zero, with a full-leverage row, for an arm of one); t on N − K.
    private static func plainRegression(_ name: String, _ byArm: [Moments], _ design: TestDesign, into report: inout MessageTestReport)
        throws(ImpactError)
    {
        let rows = byArm.reduce(0) { $0 + $1.count }
        let columns = byArm.count
        guard rows > columns else { throw .tooFewRows(rows: rows, columns: columns) }
        guard byArm.allSatisfy({ $0.count > 0 }) else { throw collinear(name, design) }
        report.noteLeverage(byArm.filter { $0.count == 1 }.count)
        func variance(_ moments: Moments) -> Double { moments.count > 1 ? moments.variance / Double(moments.count) : 0 }
        for (index, arm) in design.treatments.enumerated() {
            let treated = byArm[index + 1]
            report.olsHC2.append(
                .init(
                    outcome: name, arm: arm,
                    estimate: Estimate(
                        estimate: treated.mean - byArm[0].mean, se: (variance(treated) + variance(byArm[0])).squareRoot(),
                        df: Double(rows - columns))))
        }
    }

    /// A regression that cannot be solved, said with the columns it concerns.
    private static func collinear(_ outcome: String, _ design: TestDesign) -> ImpactError {
        let names = design.covariateNames
        return .badInput(
            file: nil, line: nil,
            problem: "for \(outcome), "
                + (names.isEmpty
                    ? "an arm has no answers"
                    : "the covariates \(names.joined(separator: ", ")) repeat each other or the arms (or an arm has no answers)")
                + "; leave one out.")
    }

    /// Difference in means within each segment; Benjamini–Hochberg over this outcome's segment family.
    private static func segmentEstimates(
        _ name: String, _ bySegment: [Moments], _ armCount: Int, _ design: TestDesign, into report: inout MessageTestReport
    ) {
        var entries: [MessageTestReport.SegmentEntry] = []
        for (number, segment) in design.segmentLabels.enumerated() {
            for (index, arm) in design.treatments.enumerated() {
                guard
                    let result = DifferenceInMeans.estimate(
                        treated: bySegment[number * armCount + index + 1], control: bySegment[number * armCount])
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
