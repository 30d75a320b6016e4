/// A message test's answers read from CSV in passes and never held: a pass for the labels, one for
/// the sums, one for Lin's residuals. Memory grows with the number of columns, not of respondents.
/// The source is read again from its start for each pass (a file, not standard input).
public struct ResponseStream: Sendable {
    /// Reads the whole input once, from the start, handing it over in pieces of any size.
    public typealias Source = @Sendable (_ piece: (UnsafeBufferPointer<UInt8>) throws(ImpactError) -> Void) throws(ImpactError) -> Void

    let source: Source
    let file: String
    let arm: String
    let control: String?
    let outcomes: [String]
    let covariates: [String]
    let segment: String?
    let missing: Set<String>

    public init(
        source: @escaping Source, file: String, arm: String, control: String? = nil, outcomes: [String], covariates: [String] = [],
        segment: String? = nil, missing: Set<String> = Responses.defaultMissing
    ) {
        self.source = source
        self.file = file
        self.arm = arm
        self.control = control
        self.outcomes = outcomes
        self.covariates = covariates
        self.segment = segment
        self.missing = missing
    }

    /// What the label pass found.
    struct Prepared {
        let layout: CSVLayout
        let design: TestDesign
        let arms: LabelTable
        let segments: LabelTable
        /// By label table position: the arm's number in the analysis (0 the control), the segment's place.
        let armNumbers: [Int]
        let segmentNumbers: [Int]
    }

    func prepare() throws(ImpactError) -> Prepared {
        var layout: CSVLayout?
        var arms = LabelTable()
        var segments = LabelTable()
        var rows = 0
        var fields: [Range<Int>] = []
        try lines { bytes, line throws(ImpactError) in
            var reader = LineReader(bytes: bytes)
            guard reader.next(&fields) else { return }
            guard let columns = layout else {
                layout = try CSVLayout(
                    header: fields.map { reader.text($0) }, file: file, arm: arm, outcomes: outcomes, covariates: covariates,
                    segment: segment, missing: missing)
                return
            }
            try columns.check(fields, reader, line: line)
            _ = arms.index(of: UnsafeBufferPointer(rebasing: bytes[fields[columns.arm]]))
            if let column = columns.segment { _ = segments.index(of: UnsafeBufferPointer(rebasing: bytes[fields[column]])) }
            rows += 1
        }
        guard let layout else { throw .badInput(file: file, line: nil, problem: "the file is empty.") }
        guard rows > 0 else { throw .badInput(file: file, line: nil, problem: "there are no answers, only the header.") }
        let unquote = { (text: String) in text.contains("\"") ? text.replacingOccurrences(of: "\"\"", with: "\"") : text }
        let armValues = Label.labels(arms.names.map(unquote))
        let controlLabel = try layout.control(control, among: armValues)
        let treatments = armValues.filter { $0 != controlLabel }.sorted()
        guard !treatments.isEmpty else {
            throw .badInput(file: nil, line: nil, problem: "the data needs the control arm (\(controlLabel)) and at least one message arm.")
        }
        let order = [controlLabel] + treatments
        let segmentValues = Label.labels(segments.names.map(unquote))
        let segmentLabels = segment == nil ? [] : segmentValues.sorted()
        return Prepared(
            layout: layout,
            design: TestDesign(
                respondents: rows, treatments: treatments, segmentLabels: segmentLabels, hasSegments: segment != nil,
                outcomeNames: outcomes, covariateNames: covariates),
            arms: arms, segments: segments, armNumbers: armValues.map { order.firstIndex(of: $0)! },
            segmentNumbers: segmentValues.map { segmentLabels.firstIndex(of: $0)! })
    }

    /// One pass over the rows, as the analysis reads them.
    func pass(_ prepared: Prepared) -> RowPass {
        { body throws(ImpactError) in
            var arms = prepared.arms
            var segments = prepared.segments
            var fields: [Range<Int>] = []
            var outcomeValues = [Double](repeating: .nan, count: outcomes.count)
            var covariateValues = [Double](repeating: .nan, count: covariates.count)
            var seenHeader = false
            let layout = prepared.layout
            try lines { bytes, line throws(ImpactError) in
                var reader = LineReader(bytes: bytes)
                guard reader.next(&fields) else { return }
                guard seenHeader else {
                    seenHeader = true
                    return
                }
                for (index, column) in layout.outcomes.enumerated() {
                    outcomeValues[index] = try layout.value(fields[column], reader, column: outcomes[index], line: line) ?? .nan
                }
                for (index, column) in layout.covariates.enumerated() {
                    covariateValues[index] = try layout.value(fields[column], reader, column: covariates[index], line: line) ?? .nan
                }
                let arm = prepared.armNumbers[arms.index(of: UnsafeBufferPointer(rebasing: bytes[fields[layout.arm]]))]
                let segment = layout.segment.map { prepared.segmentNumbers[segments.index(of: UnsafeBufferPointer(rebasing: bytes[fields[$0]]))] }
                outcomeValues.withUnsafeBufferPointer { outcomes in
                    covariateValues.withUnsafeBufferPointer { covariates in
                        body(RowView(arm: arm, segment: segment ?? -1, outcomes: outcomes, covariates: covariates))
                    }
                }
            }
        }
    }

    /// Every line of one pass with its 1-based number; a line cut between two pieces is joined.
    private func lines(_ body: (UnsafeBufferPointer<UInt8>, Int) throws(ImpactError) -> Void) throws(ImpactError) {
        var carry: [UInt8] = []
        var line = 0
        try source { piece throws(ImpactError) in
            var start = 0
            for index in piece.indices where piece[index] == 0x0A {
                line += 1
                if carry.isEmpty {
                    try body(UnsafeBufferPointer(rebasing: piece[start..<index]), line)
                } else {
                    carry += piece[start..<index]
                    let joined = carry
                    carry.removeAll(keepingCapacity: true)
                    try joined.withUnsafeBufferPointer { (buffer) throws(ImpactError) in try body(buffer, line) }
                }
                start = index + 1
            }
            carry += piece[start...]
        }
        if !carry.isEmpty { try carry.withUnsafeBufferPointer { (buffer) throws(ImpactError) in try body(buffer, line + 1) } }
    }
}
