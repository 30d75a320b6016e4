/// Conversations in the Pol.is export format, so they can move between Pol.is and Together:
/// `votes.csv` (timestamp, datetime, comment-id, voter-id, vote) and `comments.csv` (timestamp,
/// datetime, comment-id, author-id, agrees, disagrees, moderated, comment-body).
public enum PolisExport {
    public struct Statement: Sendable, Equatable {
        public let id: String
        public let author: String
        public let text: String
        /// -1 moderated out, 0 not yet moderated, 1 moderated in.
        public let moderation: Int
        public let isMeta: Bool
        /// Milliseconds since 1970, as Pol.is writes them.
        public let createdAt: Int64?

        public init(id: String, author: String, text: String, moderation: Int, isMeta: Bool, createdAt: Int64?) {
            self.id = id
            self.author = author
            self.text = text
            self.moderation = moderation
            self.isMeta = isMeta
            self.createdAt = createdAt
        }
    }

    public struct TimedVote: Sendable, Equatable {
        public let vote: Vote
        public let timestamp: Int64?
    }

    /// Votes in file order (a later vote by the same person on the same statement wins). With
    /// `statements`, a vote on a statement not among them is an error.
    public static func votes(csv text: String, file: String = "votes.csv", statements: Set<String>? = nil) throws(CommonGroundError)
        -> [TimedVote]
    {
        var votes: [TimedVote] = []
        try readVotes(Array(text.utf8), file: file, statements: statements) { (row: ParsedVoteRow) in
            votes.append(
                TimedVote(
                    vote: Vote(participant: row.string(row.voter), statement: row.string(row.statement), value: row.value),
                    timestamp: row.timestamp))
        }
        return votes
    }

    /// A `votes.csv` straight into a vote matrix: ids are numbered as they come, no string per row,
    /// so files with millions of votes read in seconds.
    public static func voteMatrix(
        csv bytes: some Collection<UInt8>, file: String = "votes.csv", statements: Set<String>? = nil, zeroed: Set<String> = []
    ) throws(CommonGroundError) -> VoteMatrix {
        var participants = Interner()
        var statementIDs = Interner()
        var rows: [Int32] = []
        var columns: [Int32] = []
        var values: [Int8] = []
        try readVotes(bytes, file: file, statements: statements) { (row: ParsedVoteRow) in
            rows.append(Int32(row.intern(row.voter, in: &participants)))
            columns.append(Int32(row.intern(row.statement, in: &statementIDs)))
            values.append(row.value.rawValue)
        }
        let ids = statementIDs.strings
        return VoteMatrix(
            participants: participants.strings, statements: ids, rows: rows, columns: columns, values: values,
            zeroed: ids.map { zeroed.contains($0) })
    }

    /// One row of votes.csv, checked, with its fields still as bytes.
    struct ParsedVoteRow {
        let scanner: FieldScanner
        let voter: FieldScanner.Field
        let statement: FieldScanner.Field
        let value: Vote.Value
        let timestamp: Int64?

        func string(_ field: FieldScanner.Field) -> String { scanner.string(field) }

        func intern(_ field: FieldScanner.Field, in interner: inout Interner) -> Int {
            if field.hasEscapes { return Array(string(field).utf8).withUnsafeBufferPointer { interner.intern($0).index } }
            return interner.intern(UnsafeBufferPointer(rebasing: scanner.bytes[scanner.trim(field.range)])).index
        }
    }

    private static func readVotes(
        _ input: some Collection<UInt8>, file: String, statements: Set<String>?, _ body: (ParsedVoteRow) -> Void
    ) throws(CommonGroundError) {
        let result: Result<Void, CommonGroundError> =
            input.withContiguousStorageIfAvailable { buffer in
                Result { () throws(CommonGroundError) in try readVotes(buffer, file: file, statements: statements, body) }
            }
            ?? Array(input).withUnsafeBufferPointer { buffer in
                Result { () throws(CommonGroundError) in try readVotes(buffer, file: file, statements: statements, body) }
            }
        try result.get()
    }

    private static func readVotes(
        _ bytes: UnsafeBufferPointer<UInt8>, file: String, statements: Set<String>?, _ body: (ParsedVoteRow) -> Void
    ) throws(CommonGroundError) {
        var scanner = FieldScanner(bytes, file: file)
        var fields: [FieldScanner.Field] = []
        guard try scanner.next(&fields) else { throw CommonGroundError(file: file, problem: "the file is empty.") }
        let header = fields.map { scanner.string($0) }
        let headerLine = scanner.recordLine
        let statementColumn = try column("comment-id", in: header, line: headerLine, file: file)
        let voterColumn = try column("voter-id", in: header, line: headerLine, file: file)
        let voteColumn = try column("vote", in: header, line: headerLine, file: file)
        let timeColumn = header.firstIndex(of: "timestamp")
        var checked: Set<String> = []
        while try scanner.next(&fields) {
            let line = scanner.recordLine
            guard fields.count > max(statementColumn, voterColumn, voteColumn) else {
                throw CommonGroundError(
                    file: file, line: line, problem: "this row has \(fields.count) fields; the header has \(header.count).")
            }
            let statement = fields[statementColumn]
            let voter = fields[voterColumn]
            guard !scanner.trim(statement.range).isEmpty, !scanner.trim(voter.range).isEmpty else {
                throw CommonGroundError(file: file, line: line, problem: "the comment-id or voter-id is empty.")
            }
            guard let value = vote(scanner, fields[voteColumn]) else {
                throw CommonGroundError(
                    file: file, line: line,
                    problem: "the vote “\(scanner.string(fields[voteColumn]))” is not 1 (agree), -1 (disagree) or 0 (pass).")
            }
            if let statements {
                let id = scanner.string(statement)
                if !checked.contains(id) {
                    guard statements.contains(id) else {
                        throw CommonGroundError(file: file, line: line, problem: "the statement \(id) is not in the comments file.")
                    }
                    checked.insert(id)
                }
            }
            let time = timeColumn.flatMap { $0 < fields.count ? Int64(scanner.string(fields[$0])) : nil }
            body(ParsedVoteRow(scanner: scanner, voter: voter, statement: statement, value: value, timestamp: time))
        }
    }

    private static func vote(_ scanner: FieldScanner, _ field: FieldScanner.Field) -> Vote.Value? {
        let range = scanner.trim(field.range)
        let bytes = scanner.bytes
        switch range.count {
        case 1 where bytes[range.lowerBound] == 0x31: return .agree
        case 1 where bytes[range.lowerBound] == 0x30: return .pass
        case 2 where bytes[range.lowerBound] == 0x2D && bytes[range.lowerBound + 1] == 0x31: return .disagree
        default: return nil
        }
    }

    public static func statements(csv text: String, file: String = "comments.csv") throws(CommonGroundError) -> [Statement] {
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { (buffer) throws(CommonGroundError) -> [Statement] in
            var scanner = FieldScanner(buffer, file: file)
            var fields: [FieldScanner.Field] = []
            guard try scanner.next(&fields) else { throw CommonGroundError(file: file, problem: "the file is empty.") }
            let header = fields.map { scanner.string($0) }
            let headerLine = scanner.recordLine
            let idColumn = try column("comment-id", in: header, line: headerLine, file: file)
            let bodyColumn = try column("comment-body", in: header, line: headerLine, file: file)
            let moderatedColumn = header.firstIndex(of: "moderated")
            let authorColumn = header.firstIndex(of: "author-id")
            let metaColumn = header.firstIndex(of: "is-meta")
            let timeColumn = header.firstIndex(of: "timestamp")
            var statements: [Statement] = []
            var seen: Set<String> = []
            while try scanner.next(&fields) {
                let line = scanner.recordLine
                guard fields.count > max(idColumn, bodyColumn) else {
                    throw CommonGroundError(
                        file: file, line: line, problem: "this row has \(fields.count) fields; the header has \(header.count).")
                }
                func field(_ column: Int?) -> String { column.flatMap { $0 < fields.count ? scanner.string(fields[$0]) : nil } ?? "" }
                let id = field(idColumn)
                guard !id.isEmpty else { throw CommonGroundError(file: file, line: line, problem: "the comment-id is empty.") }
                guard seen.insert(id).inserted else {
                    throw CommonGroundError(file: file, line: line, problem: "the comment-id \(id) appears twice.")
                }
                let moderation = Int(field(moderatedColumn)) ?? 0
                guard [-1, 0, 1].contains(moderation) else {
                    throw CommonGroundError(
                        file: file, line: line, problem: "moderated must be -1, 0 or 1, not “\(field(moderatedColumn))”.")
                }
                statements.append(
                    Statement(
                        id: id, author: field(authorColumn), text: field(bodyColumn), moderation: moderation,
                        isMeta: ["1", "true", "TRUE", "True"].contains(field(metaColumn)), createdAt: Int64(field(timeColumn))))
            }
            return statements
        }
    }

    private static func column(_ name: String, in header: [String], line: Int, file: String) throws(CommonGroundError) -> Int {
        guard let index = header.firstIndex(of: name) else {
            throw CommonGroundError(
                file: file, line: line, problem: "the header has no “\(name)” column (found: \(header.joined(separator: ", "))).")
        }
        return index
    }
}
