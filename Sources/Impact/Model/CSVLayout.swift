/// Where each named column of a message test's CSV is, and how a row's cells are read: shared by
/// the reader that keeps the columns in memory and the stream that reads the file in passes.
struct CSVLayout: Sendable {
    let file: String
    let header: [String]
    let arm: Int
    let outcomes: [Int]
    let covariates: [Int]
    let segment: Int?
    private let missing: [[UInt8]]

    init(
        header: [String], file: String, arm: String, outcomes: [String], covariates: [String], segment: String?, missing: Set<String>
    ) throws(ImpactError) {
        func column(_ name: String) throws(ImpactError) -> Int {
            guard let index = header.firstIndex(of: name) else {
                throw .badInput(file: file, line: 1, problem: "there is no column “\(name)” (found: \(header.joined(separator: ", "))).")
            }
            return index
        }
        self.file = file
        self.header = header
        self.arm = try column(arm)
        var outcomeColumns: [Int] = []
        for name in outcomes { outcomeColumns.append(try column(name)) }
        self.outcomes = outcomeColumns
        var covariateColumns: [Int] = []
        for name in covariates { covariateColumns.append(try column(name)) }
        self.covariates = covariateColumns
        self.segment = try segment.map { (name: String) throws(ImpactError) -> Int in try column(name) }
        self.missing = missing.map { Array($0.utf8) }
    }

    /// A row's fields, checked against the header; the arm must be there.
    func check(_ fields: [Range<Int>], _ reader: LineReader, line: Int) throws(ImpactError) {
        guard fields.count == header.count else {
            throw .badInput(file: file, line: line, problem: "this row has \(fields.count) fields; the header has \(header.count).")
        }
        guard !isMissing(fields[arm], reader) else { throw .badInput(file: file, line: line, problem: "the arm is missing.") }
    }

    /// Compared in place: an array per cell would cost more than reading the file.
    func isMissing(_ range: Range<Int>, _ reader: LineReader) -> Bool {
        missing.contains { code in code.count == range.count && zip(code, reader.bytes[range]).allSatisfy { $0 == $1 } }
    }

    /// The cell as a number, nil when it is a missing code; a cell that is neither is named with its line.
    func value(_ range: Range<Int>, _ reader: LineReader, column name: String, line: Int) throws(ImpactError) -> Double? {
        if isMissing(range, reader) { return nil }
        guard let value = reader.number(range), value.isFinite else {
            throw .badInput(file: file, line: line, problem: "“\(reader.text(range))” in column \(name) is not a number.")
        }
        return value
    }

    /// The control arm among the labels found: as named, else 0, else "control".
    func control(_ name: String?, among arms: [Label]) throws(ImpactError) -> Label {
        let label: Label
        if let name {
            label = Label.labels([name]).first.flatMap { arms.contains($0) ? $0 : nil } ?? .text(name)
        } else {
            label = arms.contains(.number(0)) ? .number(0) : .text("control")
        }
        guard arms.contains(label) else {
            throw .badInput(file: file, line: nil, problem: "no respondent is in the control arm “\(label)”; name it with --control.")
        }
        return label
    }
}
