import Foundation

/// Reading a message test's answers from CSV: one row per respondent, a header naming the columns.
/// The bytes are read once, field by field, without a string per cell: a million respondents read
/// in well under a second.
extension Responses {
    /// Values that mean "no answer" (the European Social Survey's refusal and don't-know codes among
    /// them): missing, never numbers.
    public static let defaultMissing: Set<String> = ["", "NA", "N/A", "na", "77", "88"]

    public static func read(
        csv text: String, file: String = "data.csv", arm: String, control: String? = nil, outcomes: [String], covariates: [String] = [],
        segment: String? = nil, missing: Set<String> = defaultMissing
    ) throws(ImpactError) -> Responses {
        var text = text
        let result = text.withUTF8 { bytes in
            Result { () throws(ImpactError) -> Responses in
                try read(
                    bytes, file: file, arm: arm, control: control, outcomes: outcomes, covariates: covariates, segment: segment,
                    missing: missing)
            }
        }
        return try result.get()
    }

    private static func read(
        _ bytes: UnsafeBufferPointer<UInt8>, file: String, arm: String, control: String?, outcomes: [String], covariates: [String],
        segment: String?, missing: Set<String>
    ) throws(ImpactError) -> Responses {
        var reader = LineReader(bytes: bytes)
        var fields: [Range<Int>] = []
        guard reader.next(&fields) else { throw .badInput(file: file, line: nil, problem: "the file is empty.") }
        let header = fields.map { reader.text($0) }
        func column(_ name: String) throws(ImpactError) -> Int {
            guard let index = header.firstIndex(of: name) else {
                throw .badInput(file: file, line: 1, problem: "there is no column “\(name)” (found: \(header.joined(separator: ", "))).")
            }
            return index
        }
        let armColumn = try column(arm)
        var outcomeColumns: [Int] = []
        for name in outcomes { outcomeColumns.append(try column(name)) }
        var covariateColumns: [Int] = []
        for name in covariates { covariateColumns.append(try column(name)) }
        let segmentColumn = try segment.map { (name: String) throws(ImpactError) -> Int in try column(name) }
        // Labels repeat: keep each distinct one once (by its bytes), and a number per row.
        var armLabels = LabelTable()
        var segmentLabels = LabelTable()
        var armIndex: [Int] = []
        var segmentIndex: [Int] = []
        var outcomeValues = [[Double?]](repeating: [], count: outcomes.count)
        var covariateValues = [[Double?]](repeating: [], count: covariates.count)
        let missingBytes = missing.map { Array($0.utf8) }
        // Compared in place: an array per cell would cost more than reading the file.
        func isMissing(_ range: Range<Int>) -> Bool {
            missingBytes.contains { code in
                code.count == range.count && zip(code, bytes[range]).allSatisfy { $0 == $1 }
            }
        }
        while reader.next(&fields) {
            let line = reader.line
            guard fields.count == header.count else {
                throw .badInput(file: file, line: line, problem: "this row has \(fields.count) fields; the header has \(header.count).")
            }
            guard !isMissing(fields[armColumn]) else { throw .badInput(file: file, line: line, problem: "the arm is missing.") }
            armIndex.append(armLabels.index(of: UnsafeBufferPointer(rebasing: bytes[fields[armColumn]])))
            if let segmentColumn {
                segmentIndex.append(segmentLabels.index(of: UnsafeBufferPointer(rebasing: bytes[fields[segmentColumn]])))
            }
            func value(_ index: Int, _ name: String) throws(ImpactError) -> Double? {
                let range = fields[index]
                if isMissing(range) { return nil }
                guard let value = reader.number(range), value.isFinite else {
                    throw .badInput(file: file, line: line, problem: "“\(reader.text(range))” in column \(name) is not a number.")
                }
                return value
            }
            for (index, column) in outcomeColumns.enumerated() { outcomeValues[index].append(try value(column, outcomes[index])) }
            for (index, column) in covariateColumns.enumerated() { covariateValues[index].append(try value(column, covariates[index])) }
        }
        guard !armIndex.isEmpty else { throw .badInput(file: file, line: nil, problem: "there are no answers, only the header.") }
        let armNames = armLabels.names.map { reader.unquoted($0) }
        let armValues = Label.labels(armNames)
        let arms = armIndex.map { armValues[$0] }
        let controlLabel: Label
        if let control {
            controlLabel = Label.labels([control]).first.flatMap { label in armValues.contains(label) ? label : nil } ?? .text(control)
        } else {
            controlLabel = armValues.contains(.number(0)) ? .number(0) : .text("control")
        }
        guard armValues.contains(controlLabel) else {
            throw .badInput(
                file: file, line: nil, problem: "no respondent is in the control arm “\(controlLabel)”; name it with --control.")
        }
        let segmentValues = Label.labels(segmentLabels.names.map { reader.unquoted($0) })
        return Responses(
            arms: arms, control: controlLabel, outcomes: Array(zip(outcomes, outcomeValues)).map { ($0.0, $0.1) },
            covariates: Array(zip(covariates, covariateValues)).map { ($0.0, $0.1) },
            segments: segment == nil ? nil : segmentIndex.map { segmentValues[$0] })
    }
}

/// Lines of CSV bytes cut into fields (quoted fields may hold commas and doubled quotes; not line breaks).
struct LineReader {
    let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    /// The 1-based line of the record last read.
    private(set) var line = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    }

    /// The next non-empty line's fields (ranges without surrounding spaces or quotes); false at the end.
    mutating func next(_ fields: inout [Range<Int>]) -> Bool {
        fields.removeAll(keepingCapacity: true)
        while index < bytes.count {
            line += 1
            var end = index
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            let lineEnd = end > index && bytes[end - 1] == 0x0D ? end - 1 : end
            defer { index = end + 1 }
            guard lineEnd > index else { continue }
            var start = index
            var position = index
            var quoted = false
            while position < lineEnd {
                let byte = bytes[position]
                if byte == 0x22 {
                    quoted.toggle()
                } else if byte == 0x2C, !quoted {
                    fields.append(trim(start..<position))
                    start = position + 1
                }
                position += 1
            }
            fields.append(trim(start..<lineEnd))
            return true
        }
        return false
    }

    private func trim(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, bytes[lower] == 0x20 { lower += 1 }
        while upper > lower, bytes[upper - 1] == 0x20 { upper -= 1 }
        if upper - lower >= 2, bytes[lower] == 0x22, bytes[upper - 1] == 0x22 { return (lower + 1)..<(upper - 1) }
        return lower..<upper
    }

    func text(_ range: Range<Int>) -> String {
        unquoted(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
    }

    /// Doubled quotation marks inside a quoted field stand for one.
    func unquoted(_ text: String) -> String {
        text.contains("\"") ? text.replacingOccurrences(of: "\"\"", with: "\"") : text
    }

    /// The field as a number, or nil: parsed from the bytes with strtod, with nothing left over.
    func number(_ range: Range<Int>) -> Double? {
        guard !range.isEmpty, range.count < 64 else { return range.count >= 64 ? Double(text(range)) : nil }
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: range.count + 1) { buffer in
            for (offset, byte) in bytes[range].enumerated() { buffer[offset] = CChar(bitPattern: byte) }
            buffer[range.count] = 0
            var end: UnsafeMutablePointer<CChar>?
            let value = strtod(buffer.baseAddress!, &end)
            guard let end, end == buffer.baseAddress! + range.count else { return nil }
            // strtod also reads "inf", "nan" and hexadecimal: only plain decimal numbers count here.
            guard
                bytes[range].allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2D || $0 == 0x2B || $0 == 0x65 || $0 == 0x45 }
                )
            else { return nil }
            return value
        }
    }
}

/// The distinct labels of a column (arms, segments: a handful), found by comparing bytes.
struct LabelTable {
    private var labels: [[UInt8]] = []
    private var last = -1

    var names: [String] { labels.map { String(decoding: $0, as: UTF8.self) } }

    mutating func index(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        // Rows often repeat the previous label; then one comparison is enough.
        if last >= 0, labels[last].elementsEqual(bytes) { return last }
        if let found = labels.firstIndex(where: { $0.elementsEqual(bytes) }) {
            last = found
            return found
        }
        labels.append(Array(bytes))
        last = labels.count - 1
        return last
    }
}
