/// RFC 4180 records from text: quoted fields may hold commas, doubled quotes and line breaks. Each
/// record keeps the line it starts on, so an error can say where to look.
struct CSVReader {
    struct Record {
        let line: Int
        let fields: [String]
    }

    static func records(_ text: String, file: String) throws(CommonGroundError) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var quoted = false
        var afterQuote = false
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }  // a byte-order mark
        var index = 0
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            afterQuote = false
        }
        func endRecord() {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(Record(line: recordLine, fields: fields)) }
            fields.removeAll(keepingCapacity: true)
        }
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if quoted {
                if byte == 0x22 {
                    if index < bytes.count, bytes[index] == 0x22 {
                        field.append(0x22)
                        index += 1
                    } else {
                        quoted = false
                        afterQuote = true
                    }
                } else {
                    if byte == 0x0A { line += 1 }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case 0x2C: endField()
            case 0x0D where index < bytes.count && bytes[index] == 0x0A: continue
            case 0x0A, 0x0D:
                endRecord()
                line += 1
                recordLine = line
            case 0x22 where field.isEmpty && !afterQuote: quoted = true
            default:
                guard !afterQuote else {
                    throw CommonGroundError(file: file, line: line, problem: "text follows a closing quotation mark inside a field.")
                }
                field.append(byte)
            }
        }
        guard !quoted else {
            throw CommonGroundError(file: file, line: recordLine, problem: "a quoted field is never closed.")
        }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }
}
