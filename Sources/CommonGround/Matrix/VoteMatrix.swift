/// The votes of a conversation as a sparse matrix: one row per participant (in order of first vote),
/// one column per statement (in order of first vote on it), one entry per vote; the last vote on a
/// statement wins. Everything the analysis does is linear in the number of entries.
public struct VoteMatrix: Sendable {
    /// Participant ids by row, statement ids by column.
    public let participants: [String]
    public let statements: [String]
    /// Row `i`'s entries are `columns[rowStarts[i]..<rowStarts[i + 1]]`, in column order.
    let rowStarts: [Int]
    let columns: [Int32]
    let values: [Int8]
    /// Statements moderated out (or meta): zeroed for everyone in the opinion math.
    let isZeroed: [Bool]

    public var participantCount: Int { participants.count }
    public var statementCount: Int { statements.count }
    public var voteCount: Int { columns.count }

    /// - Parameters:
    ///   - votes: in the order they were cast.
    ///   - zeroed: statement ids moderated out or marked meta.
    public init(votes: [Vote], zeroed: Set<String> = []) {
        var rowOf: [String: Int32] = [:]
        var columnOf: [String: Int32] = [:]
        var participants: [String] = []
        var statements: [String] = []
        var rows = [Int32](repeating: 0, count: votes.count)
        var cells = [Int32](repeating: 0, count: votes.count)
        for (index, vote) in votes.enumerated() {
            if let row = rowOf[vote.participant] {
                rows[index] = row
            } else {
                rows[index] = Int32(participants.count)
                rowOf[vote.participant] = Int32(participants.count)
                participants.append(vote.participant)
            }
            if let column = columnOf[vote.statement] {
                cells[index] = column
            } else {
                cells[index] = Int32(statements.count)
                columnOf[vote.statement] = Int32(statements.count)
                statements.append(vote.statement)
            }
        }
        self.init(
            participants: participants, statements: statements, rows: rows, columns: cells, values: votes.map(\.value.rawValue),
            zeroed: statements.map { zeroed.contains($0) })
    }

    /// From parallel arrays of row, column and value, in voting order.
    init(participants: [String], statements: [String], rows: [Int32], columns: [Int32], values: [Int8], zeroed: [Bool]) {
        self.participants = participants
        self.statements = statements
        isZeroed = zeroed
        // Bucket the votes by row (stable, so a later vote stays later), then keep each row's last
        // vote per column.
        var starts = [Int](repeating: 0, count: participants.count + 1)
        for row in rows { starts[Int(row) + 1] += 1 }
        for index in 0..<participants.count { starts[index + 1] += starts[index] }
        var next = starts
        var bucketed = [Int](repeating: 0, count: rows.count)
        for (index, row) in rows.enumerated() {
            bucketed[next[Int(row)]] = index
            next[Int(row)] += 1
        }
        var rowStarts = [0]
        rowStarts.reserveCapacity(participants.count + 1)
        var keptColumns: [Int32] = []
        var keptValues: [Int8] = []
        keptColumns.reserveCapacity(rows.count)
        keptValues.reserveCapacity(rows.count)
        var entries: [(column: Int32, order: Int)] = []
        for row in 0..<participants.count {
            entries.removeAll(keepingCapacity: true)
            for slot in starts[row]..<starts[row + 1] { entries.append((columns[bucketed[slot]], slot)) }
            entries.sort { ($0.column, $0.order) < ($1.column, $1.order) }
            for (position, entry) in entries.enumerated()
            where position + 1 == entries.count || entries[position + 1].column != entry.column {
                keptColumns.append(entry.column)
                keptValues.append(values[bucketed[entry.order]])
            }
            rowStarts.append(keptColumns.count)
        }
        self.rowStarts = rowStarts
        self.columns = keptColumns
        self.values = keptValues
    }

    /// Votes cast by each participant (passes count; zeroed statements too, if voted on).
    var votesPerParticipant: [Int] { (0..<participantCount).map { rowStarts[$0 + 1] - rowStarts[$0] } }

    /// The participant's vote on each statement they answered.
    @inline(__always)
    func forEachVote(ofRow row: Int, _ body: (_ column: Int, _ value: Int8) -> Void) {
        for index in rowStarts[row]..<rowStarts[row + 1] { body(Int(columns[index]), values[index]) }
    }
}
