/// A message test's answers read from CSV in passes and never held: a pass for the labels, one for
/// the sums, one for Lin's residuals. Memory grows with the number of columns, not of respondents;
/// each pass reads the file's two halves on two cores.
public struct ResponseStream: Sendable {
    /// Bytes that can be read again, from anywhere: a file, not standard input.
    public struct Source: Sendable {
        public let count: Int
        /// Hands over the bytes in `range`, in order, in pieces of any size.
        public let read:
            @Sendable (_ range: Range<Int>, _ piece: (UnsafeBufferPointer<UInt8>) throws(ImpactError) -> Void) throws(ImpactError) -> Void

        public init(
            count: Int,
            read:
                @escaping @Sendable (_ range: Range<Int>, _ piece: (UnsafeBufferPointer<UInt8>) throws(ImpactError) -> Void)
                throws(ImpactError)
                -> Void
        ) {
            self.count = count
            self.read = read
        }
    }

    let source: Source
    let file: String
    let arm: String
    let control: String?
    let outcomes: [String]
    let covariates: [String]
    let segment: String?
    let missing: Set<String>

    public init(
        source: Source, file: String, arm: String, control: String? = nil, outcomes: [String], covariates: [String] = [],
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
    struct Prepared: Sendable {
        let layout: CSVLayout
        let design: TestDesign
        /// Where each part starts, and the number of lines before it (for the lines in messages).
        let bounds: [Int]
        let linesBefore: [Int]
        let arms: LabelTable
        let segments: LabelTable
        /// By label table position: the arm's number in the analysis (0 the control), the segment's place.
        let armNumbers: [Int]
        let segmentNumbers: [Int]
    }

    /// One part's labels and lines, from the label pass.
    private struct Census: Sendable {
        var layout: CSVLayout?
        var arms = LabelTable()
        var segments = LabelTable()
        var rows = 0
        var lines = 0
    }

    func prepare() throws(ImpactError) -> Prepared {
        let bounds = try halves()
        // The header is in the first part; the other parts need it to check their rows, so it comes first.
        // The header is near the start: the first 64 KB hold it (else the whole first part is read).
        let window = min(bounds[1], 1 << 16)
        var header = try firstLine(in: 0..<window, wholePart: window == bounds[1])
        if header == nil, window < bounds[1] { header = try firstLine(in: 0..<bounds[1], wholePart: true) }
        guard let header else { throw .badInput(file: file, line: nil, problem: "the file is empty.") }
        let layout = try CSVLayout(
            header: header, file: file, arm: arm, outcomes: outcomes, covariates: covariates, segment: segment, missing: missing)
        let censuses = parallelMap(bounds.count - 1) { part in
            Result { () throws(ImpactError) -> Census in
                var census = Census()
                var fields: [Range<Int>] = []
                var seenHeader = part > 0
                try lines(bounds[part]..<bounds[part + 1], firstLine: 1) { bytes, line throws(ImpactError) in
                    census.lines = line
                    var reader = LineReader(bytes: bytes)
                    guard reader.next(&fields) else { return }
                    guard seenHeader else {
                        seenHeader = true
                        return
                    }
                    try layout.check(fields, reader, line: line)
                    _ = census.arms.index(of: UnsafeBufferPointer(rebasing: bytes[fields[layout.arm]]))
                    if let column = layout.segment { _ = census.segments.index(of: UnsafeBufferPointer(rebasing: bytes[fields[column]])) }
                    census.rows += 1
                }
                return census
            }
        }
        // Lines are counted within each part; a problem in a later part is moved by the lines before it.
        var linesBefore = [0]
        var arms = LabelTable()
        var segments = LabelTable()
        var rows = 0
        for (part, result) in censuses.enumerated() {
            let census: Census
            do {
                census = try result.get()
            } catch {
                throw error.movedBy(lines: linesBefore[part])
            }
            linesBefore.append(linesBefore[part] + census.lines)
            arms.add(census.arms)
            segments.add(census.segments)
            rows += census.rows
        }
        guard rows > 0 else { throw .badInput(file: file, line: nil, problem: "there are no answers, only the header.") }
        let armValues = Label.labels(arms.names.map(LineReader.unquoted))
        let controlLabel = try layout.control(control, among: armValues)
        let treatments = armValues.filter { $0 != controlLabel }.sorted()
        guard !treatments.isEmpty else {
            throw .badInput(file: nil, line: nil, problem: "the data needs the control arm (\(controlLabel)) and at least one message arm.")
        }
        let order = [controlLabel] + treatments
        let segmentValues = Label.labels(segments.names.map(LineReader.unquoted))
        let segmentLabels = segment == nil ? [] : segmentValues.sorted()
        return Prepared(
            layout: layout,
            design: TestDesign(
                respondents: rows, treatments: treatments, segmentLabels: segmentLabels, hasSegments: segment != nil,
                outcomeNames: outcomes, covariateNames: covariates),
            bounds: bounds, linesBefore: linesBefore, arms: arms, segments: segments,
            armNumbers: armValues.map { order.firstIndex(of: $0)! }, segmentNumbers: segmentValues.map { segmentLabels.firstIndex(of: $0)! }
        )
    }

    /// The file's parts, read as the analysis reads rows.
    func parts(_ prepared: Prepared) -> RowParts {
        RowParts(count: prepared.bounds.count - 1) { [self] part, body throws(ImpactError) in
            var arms = prepared.arms
            var segments = prepared.segments
            var fields: [Range<Int>] = []
            // One row's values, rewritten for every row.
            let outcomeValues = UnsafeMutableBufferPointer<Double>.allocate(capacity: outcomes.count)
            let covariateValues = UnsafeMutableBufferPointer<Double>.allocate(capacity: covariates.count)
            defer {
                outcomeValues.deallocate()
                covariateValues.deallocate()
            }
            var seenHeader = part > 0
            let layout = prepared.layout
            let range = prepared.bounds[part]..<prepared.bounds[part + 1]
            try lines(range, firstLine: prepared.linesBefore[part] + 1) { bytes, line throws(ImpactError) in
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
                let segment = layout.segment.map {
                    prepared.segmentNumbers[segments.index(of: UnsafeBufferPointer(rebasing: bytes[fields[$0]]))]
                }
                body(
                    RowView(
                        arm: arm, segment: segment ?? -1, outcomes: UnsafeBufferPointer(outcomeValues),
                        covariates: UnsafeBufferPointer(covariateValues)))
            }
        }
    }

    /// The fields of the first non-empty line in `range`; nil when the range ends before that line
    /// does (unless it is the whole part, whose last line needs no line break).
    private func firstLine(in range: Range<Int>, wholePart: Bool) throws(ImpactError) -> [String]? {
        var header: [String]?
        var fields: [Range<Int>] = []
        var complete = 0
        try lines(range, firstLine: 1) { bytes, line throws(ImpactError) in
            guard header == nil else { return }
            var reader = LineReader(bytes: bytes)
            if reader.next(&fields) {
                header = fields.map { reader.text($0) }
                complete = line
            }
        }
        guard !wholePart else { return header }
        // A line cut by the end of the window (it has no line break after it) is not the header yet.
        var breaks = 0
        try source.read(range) { piece throws(ImpactError) in breaks += piece.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }
        return complete <= breaks ? header : nil
    }

    /// Two parts split just after a line break near the middle (one part for a small file).
    private func halves() throws(ImpactError) -> [Int] {
        let count = source.count
        guard count >= 1 << 16 else { return [0, count] }
        var boundary: Int?
        var offset = count / 2
        // Bounded: at most the second half is searched, a piece at a time.
        while boundary == nil, offset < count {
            let end = min(offset + 4096, count)
            var position = offset
            try source.read(offset..<end) { piece throws(ImpactError) in
                if boundary == nil, let index = piece.firstIndex(of: 0x0A) { boundary = position + index + 1 }
                position += piece.count
            }
            offset = end
        }
        guard let boundary, boundary < count else { return [0, count] }
        return [0, boundary, count]
    }

    /// Every line of `range` with its number (counting from `firstLine`); a line cut between two
    /// pieces is joined.
    private func lines(_ range: Range<Int>, firstLine: Int, _ body: (UnsafeBufferPointer<UInt8>, Int) throws(ImpactError) -> Void)
        throws(ImpactError)
    {
        var carry: [UInt8] = []
        var line = firstLine - 1
        try source.read(range) { piece throws(ImpactError) in
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

extension ImpactError {
    /// The same problem in a part that starts after `lines` lines of the file.
    func movedBy(lines: Int) -> ImpactError {
        if case .badInput(let file, let line?, let problem) = self { return .badInput(file: file, line: line + lines, problem: problem) }
        return self
    }
}
