/// The answers of a message test, column by column: the arm each respondent saw, numeric outcomes
/// and covariates (nil where missing), and an optional segment.
///
/// Arms and segments are kept as a small table of distinct labels and a number per respondent, so
/// analysis compares integers, not labels, a million times over.
public struct Responses: Sendable {
    /// Each respondent's arm, as a position in `armTable`.
    let armCodes: [Int]
    let armTable: [Label]
    /// Each respondent's segment, as a position in `segmentTable`.
    let segmentCodes: [Int]?
    let segmentTable: [Label]
    public let outcomes: [(name: String, values: [Double?])]
    public let covariates: [(name: String, values: [Double?])]
    public let control: Label

    public init(
        arms: [Label], control: Label, outcomes: [(name: String, values: [Double?])], covariates: [(name: String, values: [Double?])] = [],
        segments: [Label]? = nil
    ) {
        let (armCodes, armTable) = Self.coded(arms)
        let coded = segments.map(Self.coded)
        self.init(
            armCodes: armCodes, armTable: armTable, control: control, outcomes: outcomes, covariates: covariates,
            segmentCodes: coded?.codes, segmentTable: coded?.table ?? [])
    }

    init(
        armCodes: [Int], armTable: [Label], control: Label, outcomes: [(name: String, values: [Double?])],
        covariates: [(name: String, values: [Double?])], segmentCodes: [Int]?, segmentTable: [Label]
    ) {
        self.armCodes = armCodes
        self.armTable = armTable
        self.control = control
        self.outcomes = outcomes
        self.covariates = covariates
        self.segmentCodes = segmentCodes
        self.segmentTable = segmentTable
    }

    private static func coded(_ labels: [Label]) -> (codes: [Int], table: [Label]) {
        var table: [Label] = []
        var positions: [Label: Int] = [:]
        let codes = labels.map { label in
            if let known = positions[label] { return known }
            table.append(label)
            positions[label] = table.count - 1
            return table.count - 1
        }
        return (codes, table)
    }

    public var count: Int { armCodes.count }
    public var arms: [Label] { armCodes.map { armTable[$0] } }
    public var segments: [Label]? { segmentCodes.map { codes in codes.map { segmentTable[$0] } } }
    /// The message arms, in order, without the control.
    public var treatments: [Label] { armTable.filter { $0 != control }.sorted() }
    public var segmentLabels: [Label] { segmentCodes == nil ? [] : segmentTable.sorted() }

    /// The labels in analysis order, or why there is nothing to compare.
    func design() throws(ImpactError) -> TestDesign {
        let treatments = self.treatments
        guard !treatments.isEmpty, armTable.contains(control) else {
            throw .badInput(file: nil, line: nil, problem: "the data needs the control arm (\(control)) and at least one message arm.")
        }
        return TestDesign(
            respondents: count, treatments: treatments, segmentLabels: segmentLabels, hasSegments: segmentCodes != nil,
            outcomeNames: outcomes.map(\.name), covariateNames: covariates.map(\.name))
    }

    /// The rows in memory, in two halves (one for each core) when there are enough to share.
    func parts() -> RowParts {
        let order = [control] + treatments
        let armNumber = armTable.map { label in order.firstIndex(of: label)! }
        let sorted = segmentLabels
        let segmentNumber = segmentTable.map { label in sorted.firstIndex(of: label) ?? -1 }
        let halves = count >= 20_000 ? 2 : 1
        let bounds = (0...halves).map { $0 * count / halves }
        return RowParts(count: halves) { [self] part, body in
            var outcomeValues = [Double](repeating: .nan, count: outcomes.count)
            var covariateValues = [Double](repeating: .nan, count: covariates.count)
            outcomeValues.withUnsafeMutableBufferPointer { outcomeBuffer in
                covariateValues.withUnsafeMutableBufferPointer { covariateBuffer in
                    for row in bounds[part]..<bounds[part + 1] {
                        for (index, outcome) in outcomes.enumerated() { outcomeBuffer[index] = outcome.values[row] ?? .nan }
                        for (index, covariate) in covariates.enumerated() { covariateBuffer[index] = covariate.values[row] ?? .nan }
                        body(
                            RowView(
                                arm: armNumber[armCodes[row]], segment: segmentCodes.map { segmentNumber[$0[row]] } ?? -1,
                                outcomes: UnsafeBufferPointer(outcomeBuffer), covariates: UnsafeBufferPointer(covariateBuffer)))
                    }
                }
            }
        }
    }
}
