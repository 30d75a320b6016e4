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
        try analyze(try responses.design(), responses.parts())
    }

    /// The same analysis on rows read from a file in passes (labels, sums, residuals), each pass
    /// reading the file's two halves on two cores.
    public static func analyze(_ stream: ResponseStream) throws(ImpactError) -> MessageTestReport {
        let prepared = try stream.prepare()
        return try analyze(prepared.design, stream.parts(prepared))
    }

    static func analyze(_ design: TestDesign, _ rows: RowParts) throws(ImpactError) -> MessageTestReport {
        let outcomes = Array(design.outcomeNames.indices)
        let armCount = design.treatments.count + 1
        let segmentCount = design.hasSegments ? design.segmentLabels.count : 0
        let covariateCount = design.covariateNames.count

        // First pass: each part's sums on its own core, merged in order.
        var sums = try inOrder(
            parallelMap(rows.count) { part in
                Result { () throws(ImpactError) -> Accumulator in
                    var sums = Accumulator(outcomes: outcomes.count, arms: armCount, segments: segmentCount, covariates: covariateCount)
                    try rows.read(part) { sums.add($0) }
                    return sums
                }
            })
        var total = sums.removeFirst()
        for part in sums { total.merge(part) }

        // Solve each outcome's regressions; a problem is kept to report in the outcomes' order.
        var solved = [LinAdjustment.Solved?](repeating: nil, count: outcomes.count)
        var problems = [ImpactError?](repeating: nil, count: outcomes.count)
        for slot in outcomes.indices {
            guard let outcomeSums = total.lin[slot] else { continue }
            // The first segment present is the reference; each other present one keeps its column.
            let present = total.present[(slot * segmentCount)..<((slot + 1) * segmentCount)]
            let segmentsKept = present.indices.filter { present[$0] }.dropFirst().map { covariateCount + $0 - slot * segmentCount }
            // Nothing to adjust for: Lin's regression would be the plain one.
            guard covariateCount + segmentsKept.count > 0 else { continue }
            do {
                solved[slot] = try outcomeSums.solve(keeping: Array(0..<covariateCount) + segmentsKept)
            } catch {
                problems[slot] = error
            }
        }
        // Second pass, when there is a regression to finish: residuals and leverages, part by part.
        if solved.contains(where: { $0 != nil }) {
            let start = solved
            let residuals = try inOrder(
                parallelMap(rows.count) { part in
                    Result { () throws(ImpactError) -> [LinAdjustment.Solved?] in
                        var solved = start
                        var x = [Double](repeating: 0, count: covariateCount + segmentCount)
                        try rows.read(part) { row in
                            guard fill(&x, row, covariateCount) else { return }
                            for slot in outcomes.indices where solved[slot] != nil {
                                let y = row.outcomes[slot]
                                guard !y.isNaN else { continue }
                                x.withUnsafeBufferPointer { solved[slot]!.add(arm: row.arm, x: $0, y: y) }
                            }
                        }
                        return solved
                    }
                })
            for slot in outcomes.indices where solved[slot] != nil {
                var merged = residuals[0][slot]!
                for part in residuals.dropFirst() { merged.merge(part[slot]!) }
                solved[slot] = merged
            }
        }

        var report = MessageTestReport(n: design.respondents, arms: design.treatments, segments: design.segmentLabels)
        var family: Family = []
        for slot in outcomes.indices {
            let name = design.outcomeNames[slot]
            let arms = Array(total.byArm[(slot * armCount)..<((slot + 1) * armCount)])
            means(name, arms, design.treatments, into: &report, family: &family)
            do throws(ImpactError) {
                try plainRegression(name, arms, design, into: &report)
                if let problem = problems[slot] { throw problem }
                if let fit = solved[slot]?.fit {
                    report.noteLeverage(fit.fullLeverageRows)
                    for (index, arm) in design.treatments.enumerated() {
                        report.lin.append(.init(outcome: name, arm: arm, estimate: fit.effects[index]))
                    }
                }
            } catch .tooFewRows(let rows, let columns) {
                report.warnings.append(
                    "\(name): \(rows) answers are too few for a regression with \(columns) terms; only the differences in means are given.")
            } catch {
                // One outcome's regression that cannot be solved leaves the others, and its differences in means, standing.
                report.warnings.append(collinear(name, design))
            }
            if design.hasSegments {
                let cells = armCount * segmentCount
                segmentEstimates(name, Array(total.bySegment[(slot * cells)..<((slot + 1) * cells)]), armCount, design, into: &report)
            }
        }
        report.adjust(family)
        return report
    }

    /// The parts' results in order, or the first part's problem (the one nearest the file's start).
    private static func inOrder<T>(_ results: [Result<T, ImpactError>]) throws(ImpactError) -> [T] {
        var values: [T] = []
        for result in results { values.append(try result.get()) }
        return values
    }

    /// One part's first-pass sums: moments per outcome × arm and outcome × segment × arm, Lin's sums
    /// per outcome, and which segments Lin's rows met.
    struct Accumulator: Sendable {
        let arms: Int
        let segments: Int
        let covariates: Int
        var byArm: [Moments]
        var bySegment: [Moments]
        var lin: [LinAdjustment.Sums?]
        var present: [Bool]
        private var x: [Double]

        init(outcomes: Int, arms: Int, segments: Int, covariates: Int) {
            self.arms = arms
            self.segments = segments
            self.covariates = covariates
            byArm = Array(repeating: Moments(), count: outcomes * arms)
            bySegment = Array(repeating: Moments(), count: outcomes * arms * segments)
            // Lin's columns: the covariates, then one dummy per segment (the reference and segments
            // without rows are dropped before solving).
            let width = covariates + segments
            lin = Array(repeating: width > 0 ? .init(arms: arms, width: width) : nil, count: outcomes)
            present = Array(repeating: false, count: outcomes * segments)
            x = Array(repeating: 0, count: width)
        }

        mutating func add(_ row: RowView) {
            let adjustable = MessageTest.fill(&x, row, covariates)
            for slot in lin.indices {
                let y = row.outcomes[slot]
                guard !y.isNaN else { continue }
                byArm[slot * arms + row.arm].add(y)
                if row.segment >= 0 { bySegment[(slot * segments + row.segment) * arms + row.arm].add(y) }
                if adjustable, lin[slot] != nil {
                    x.withUnsafeBufferPointer { lin[slot]!.add(arm: row.arm, x: $0, y: y) }
                    if row.segment >= 0 { present[slot * segments + row.segment] = true }
                }
            }
        }

        mutating func merge(_ other: Accumulator) {
            for index in byArm.indices { byArm[index].merge(other.byArm[index]) }
            for index in bySegment.indices { bySegment[index].merge(other.bySegment[index]) }
            for index in lin.indices where lin[index] != nil { lin[index]!.merge(other.lin[index]!) }
            for index in present.indices { present[index] = present[index] || other.present[index] }
        }
    }

    /// The row's covariates, then its segment as a one-hot column; false when a covariate is missing.
    static func fill(_ x: inout [Double], _ row: RowView, _ covariateCount: Int) -> Bool {
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
        guard byArm.allSatisfy({ $0.count > 0 }) else { throw .collinear }
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

    /// Why a regression cannot be solved, said with the columns it concerns.
    private static func collinear(_ outcome: String, _ design: TestDesign) -> String {
        var names = design.covariateNames
        if design.hasSegments { names.append("the segments") }
        return "\(outcome): "
            + (names.isEmpty
                ? "an arm has no answers, so no regression can be fitted"
                : "\(names.joined(separator: ", ")) repeat each other or the arms, or a segment or an arm has no answers in some arm, so "
                    + "Lin's adjustment cannot be computed; leave one out") + ". The differences in means stand."
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
