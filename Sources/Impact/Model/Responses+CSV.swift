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
        let layout = try CSVLayout(
            header: fields.map { reader.text($0) }, file: file, arm: arm, outcomes: outcomes, covariates: covariates, segment: segment,
            missing: missing)
        // Labels repeat: keep each distinct one once (by its bytes), and a number per row.
        var armLabels = LabelTable()
        var segmentLabels = LabelTable()
        var armIndex: [Int] = []
        var segmentIndex: [Int] = []
        var outcomeValues = [[Double?]](repeating: [], count: outcomes.count)
        var covariateValues = [[Double?]](repeating: [], count: covariates.count)
        while reader.next(&fields) {
            let line = reader.line
            try layout.check(fields, reader, line: line)
            armIndex.append(armLabels.index(of: UnsafeBufferPointer(rebasing: bytes[fields[layout.arm]])))
            if let segmentColumn = layout.segment {
                segmentIndex.append(segmentLabels.index(of: UnsafeBufferPointer(rebasing: bytes[fields[segmentColumn]])))
            }
            for (index, column) in layout.outcomes.enumerated() {
                outcomeValues[index].append(try layout.value(fields[column], reader, column: outcomes[index], line: line))
            }
            for (index, column) in layout.covariates.enumerated() {
                covariateValues[index].append(try layout.value(fields[column], reader, column: covariates[index], line: line))
            }
        }
        guard !armIndex.isEmpty else { throw .badInput(file: file, line: nil, problem: "there are no answers, only the header.") }
        let armValues = Label.labels(armLabels.names.map { reader.unquoted($0) })
        let controlLabel = try layout.control(control, among: armValues)
        let segmentValues = Label.labels(segmentLabels.names.map { reader.unquoted($0) })
        return Responses(
            armCodes: armIndex, armTable: armValues, control: controlLabel,
            outcomes: Array(zip(outcomes, outcomeValues)).map { ($0.0, $0.1) },
            covariates: Array(zip(covariates, covariateValues)).map { ($0.0, $0.1) },
            segmentCodes: segment == nil ? nil : segmentIndex, segmentTable: segmentValues)
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
    func unquoted(_ text: String) -> String { Self.unquoted(text) }

    static func unquoted(_ text: String) -> String {
        text.contains("\"") ? text.replacingOccurrences(of: "\"\"", with: "\"") : text
    }

    /// Powers of ten a double holds exactly: dividing by one rounds correctly (Clinger's fast path).
    private static let exactPowers: [Double] = (0...22).map { pow(10, Double($0)) }

    /// The field as a number, or nil: plain decimals of up to 15 digits by the exact fast path, up to
    /// 19 digits in 80-bit arithmetic (x86-64), anything else by strtod — always the double strtod gives.
    func number(_ range: Range<Int>) -> Double? {
        var position = range.lowerBound
        var negative = false
        if position < range.upperBound, bytes[position] == 0x2D || bytes[position] == 0x2B {
            negative = bytes[position] == 0x2D
            position += 1
        }
        var mantissa: UInt64 = 0
        var digits = 0
        var fraction = 0
        var seenPoint = false
        while position < range.upperBound {
            let byte = bytes[position]
            if byte >= 0x30 && byte <= 0x39 {
                mantissa = mantissa &* 10 &+ UInt64(byte - 0x30)
                digits += 1
                if seenPoint { fraction += 1 }
            } else if byte == 0x2E && !seenPoint {
                seenPoint = true
            } else {
                break
            }
            position += 1
        }
        if position == range.upperBound, digits > 0, digits <= 15, fraction <= 22 {
            let value = Double(mantissa) / Self.exactPowers[fraction]
            return negative ? -value : value
        }
        #if arch(x86_64)
            if position == range.upperBound, digits > 15, digits <= 19, fraction <= 27, let value = Self.extended(mantissa, fraction) {
                return negative ? -value : value
            }
        #endif
        return parsed(range)
    }

    #if arch(x86_64)
        private static let extendedPowers: [Float80] = (0...27).map { exponent in
            (0..<exponent).reduce(Float80(1)) { power, _ in power * 10 }
        }

        /// Up to 19 digits (the 17 of a printed double among them) in 80-bit arithmetic: the mantissa
        /// and 10^fraction are exact there, so the quotient is rounded once to 64 bits and once more to
        /// 53. That second rounding can only go wrong when the first lands exactly halfway between two
        /// doubles; those (about one in two thousand) go to strtod.
        private static func extended(_ mantissa: UInt64, _ fraction: Int) -> Double? {
            let quotient = Float80(mantissa) / extendedPowers[fraction]
            guard quotient.significandBitPattern & 0x7FF != 0x400 else { return nil }
            return Double(quotient)
        }
    #endif

    /// strtod, with nothing left over.
    private func parsed(_ range: Range<Int>) -> Double? {
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
struct LabelTable: Sendable {
    private var labels: [[UInt8]] = []
    private var last = -1

    var names: [String] { labels.map { String(decoding: $0, as: UTF8.self) } }

    /// Adds `other`'s labels not yet here, after these (so earlier parts keep their first-seen order).
    mutating func add(_ other: LabelTable) {
        for label in other.labels where !labels.contains(label) { labels.append(label) }
    }

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
