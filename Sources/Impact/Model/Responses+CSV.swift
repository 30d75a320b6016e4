/// Reading a message test's answers from CSV: one row per respondent, a header naming the columns.
extension Responses {
    /// Values that mean "no answer" (the European Social Survey's refusal and don't-know codes among
    /// them): missing, never numbers.
    public static let defaultMissing: Set<String> = ["", "NA", "N/A", "na", "77", "88"]

    public static func read(
        csv text: String, file: String = "data.csv", arm: String, control: String? = nil, outcomes: [String], covariates: [String] = [],
        segment: String? = nil, missing: Set<String> = defaultMissing
    ) throws(ImpactError) -> Responses {
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard let headerLine = lines.first else { throw .badInput(file: file, line: nil, problem: "the file is empty.") }
        let header = fields(headerLine)
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
        var armValues: [String] = []
        var segmentValues: [String] = []
        var outcomeValues = [[Double?]](repeating: [], count: outcomes.count)
        var covariateValues = [[Double?]](repeating: [], count: covariates.count)
        for (offset, line) in lines.enumerated().dropFirst() where !line.isEmpty {
            let row = fields(line)
            let number = offset + 1
            guard row.count == header.count else {
                throw .badInput(file: file, line: number, problem: "this row has \(row.count) fields; the header has \(header.count).")
            }
            let armValue = row[armColumn]
            guard !missing.contains(armValue) else { throw .badInput(file: file, line: number, problem: "the arm is missing.") }
            armValues.append(armValue)
            if let segmentColumn { segmentValues.append(row[segmentColumn]) }
            func value(_ index: Int, _ name: String) throws(ImpactError) -> Double? {
                let text = row[index]
                if missing.contains(text) { return nil }
                guard let value = Double(text), value.isFinite else {
                    throw .badInput(file: file, line: number, problem: "“\(text)” in column \(name) is not a number.")
                }
                return value
            }
            for (index, column) in outcomeColumns.enumerated() { outcomeValues[index].append(try value(column, outcomes[index])) }
            for (index, column) in covariateColumns.enumerated() { covariateValues[index].append(try value(column, covariates[index])) }
        }
        guard !armValues.isEmpty else { throw .badInput(file: file, line: nil, problem: "there are no answers, only the header.") }
        let arms = Label.labels(armValues)
        let controlLabel: Label
        if let control {
            controlLabel = Label.labels([control]).first.flatMap { label in arms.contains(label) ? label : nil } ?? .text(control)
        } else {
            controlLabel = arms.contains(.number(0)) ? .number(0) : .text("control")
        }
        guard arms.contains(controlLabel) else {
            throw .badInput(
                file: file, line: nil, problem: "no respondent is in the control arm “\(controlLabel)”; name it with --control.")
        }
        return Responses(
            arms: arms, control: controlLabel, outcomes: Array(zip(outcomes, outcomeValues)).map { ($0.0, $0.1) },
            covariates: Array(zip(covariates, covariateValues)).map { ($0.0, $0.1) },
            segments: segment == nil ? nil : Label.labels(segmentValues))
    }

    /// One CSV line's fields: quoted fields may hold commas and doubled quotes.
    static func fields(_ line: String) -> [String] {
        var fields: [String] = []
        var field = ""
        var quoted = false
        var iterator = line.makeIterator()
        while let character = iterator.next() {
            if quoted {
                if character == "\"" {
                    quoted = false
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                if field.last == "\"" || !field.isEmpty { field.append(character) }
                quoted = true
            } else if character == "," {
                fields.append(field.trimmingSpaces)
                field = ""
            } else {
                field.append(character)
            }
        }
        fields.append(field.trimmingSpaces)
        return fields
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        var text = Substring(self)
        while text.first == " " || text.first == "\r" { text.removeFirst() }
        while text.last == " " || text.last == "\r" { text.removeLast() }
        return String(text)
    }
}
