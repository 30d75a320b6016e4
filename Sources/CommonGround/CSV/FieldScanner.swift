import Foundation

/// Walks CSV bytes record by record, giving each field as a range of the bytes (inside its quotes,
/// if quoted) — no copies, no strings. RFC 4180: quoted fields may hold commas, line breaks and
/// doubled quotes.
struct FieldScanner {
    struct Field {
        let range: Range<Int>
        /// Quoted with doubled quotes inside: the bytes need unescaping before use.
        let hasEscapes: Bool
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let file: String
    private(set) var index = 0
    /// Line of the current position, and of the record last read.
    private(set) var line = 1
    private(set) var recordLine = 1

    init(_ bytes: UnsafeBufferPointer<UInt8>, file: String) {
        self.bytes = bytes
        self.file = file
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }  // a byte-order mark
    }

    /// The next non-empty record's fields into `fields`; false at the end.
    mutating func next(_ fields: inout [Field]) throws(CommonGroundError) -> Bool {
        fields.removeAll(keepingCapacity: true)
        // Skip empty lines.
        while index < bytes.count, bytes[index] == 0x0A || bytes[index] == 0x0D {
            if bytes[index] == 0x0A { line += 1 }
            index += 1
        }
        guard index < bytes.count else { return false }
        recordLine = line
        while true {
            if index < bytes.count, bytes[index] == 0x22 {
                index += 1
                let start = index
                var escapes = false
                while true {
                    guard index < bytes.count else {
                        throw CommonGroundError(file: file, line: recordLine, problem: "a quoted field is never closed.")
                    }
                    let byte = bytes[index]
                    if byte == 0x22 {
                        if index + 1 < bytes.count, bytes[index + 1] == 0x22 {
                            escapes = true
                            index += 2
                            continue
                        }
                        break
                    }
                    if byte == 0x0A { line += 1 }
                    index += 1
                }
                fields.append(Field(range: start..<index, hasEscapes: escapes))
                index += 1
                if index < bytes.count, bytes[index] != 0x2C, bytes[index] != 0x0A, bytes[index] != 0x0D {
                    throw CommonGroundError(file: file, line: line, problem: "text follows a closing quotation mark inside a field.")
                }
            } else {
                let start = index
                while index < bytes.count, bytes[index] != 0x2C, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
                fields.append(Field(range: start..<index, hasEscapes: false))
            }
            guard index < bytes.count, bytes[index] == 0x2C else { break }
            index += 1
        }
        return true
    }

    /// A field's text, unescaped and without surrounding spaces.
    func string(_ field: Field) -> String {
        let trimmed = trim(field.range)
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[trimmed]), as: UTF8.self)
        return field.hasEscapes ? text.replacingOccurrences(of: "\"\"", with: "\"") : text
    }

    /// The field's bytes without spaces, tabs or a carriage return around them.
    func trim(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
        while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 || bytes[upper - 1] == 0x0D { upper -= 1 }
        return lower..<upper
    }
}
