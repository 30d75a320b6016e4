/// Counts of stories by two attributes, for researchers, with small cells hidden: a count under the
/// threshold (5 by default) could point at one person ("the only refugee from Eritrea in Lyon"), so it
/// is shown as "<5" and left out of the totals that would reveal it.
public struct CountTable: Sendable, Equatable {
    public let rowName: String
    public let columnName: String
    public let rows: [String]
    public let columns: [String]
    /// nil where the count is under the threshold (and not zero).
    public let cells: [[Int?]]
    public let threshold: Int

    public init(rowName: String, columnName: String, pairs: [(String, String)], threshold: Int = 5) {
        self.rowName = rowName
        self.columnName = columnName
        self.threshold = threshold
        var counts: [String: [String: Int]] = [:]
        for (row, column) in pairs { counts[row, default: [:]][column, default: 0] += 1 }
        let rows = counts.keys.sorted()
        let columns = Set(pairs.map(\.1)).sorted()
        self.rows = rows
        self.columns = columns
        cells = rows.map { row in
            columns.map { column in
                let count = counts[row]?[column] ?? 0
                return count > 0 && count < threshold ? nil : count
            }
        }
    }

    /// Comma-separated, with a header row; hidden cells read "<5".
    public var csv: String {
        var lines = [([rowName + "/" + columnName] + columns).map(Self.field).joined(separator: ",")]
        for (row, values) in zip(rows, cells) {
            lines.append(([Self.field(row)] + values.map { $0.map(String.init) ?? "<\(threshold)" }).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Quotes a field when it holds a comma, a quote or a line break; a leading =, +, - or @ is
    /// prefixed with an apostrophe so spreadsheets do not run it as a formula.
    static func field(_ text: String) -> String {
        var value = text
        if let first = value.first, "=+-@".contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
