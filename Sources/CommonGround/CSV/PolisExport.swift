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
        public let createdAt: Int64?
    }

    public struct TimedVote: Sendable, Equatable {
        public let vote: Vote
        /// Milliseconds since 1970, as Pol.is writes them.
        public let timestamp: Int64?
    }

    /// Votes in file order (a later vote by the same person on the same statement wins). With
    /// `statements`, a vote on a statement not among them is an error.
    public static func votes(csv text: String, file: String = "votes.csv", statements: Set<String>? = nil) throws(CommonGroundError)
        -> [TimedVote]
    {
        let records = try CSVReader.records(text, file: file)
        guard let header = records.first else { throw CommonGroundError(file: file, problem: "the file is empty.") }
        let statementColumn = try column("comment-id", in: header, file: file)
        let voterColumn = try column("voter-id", in: header, file: file)
        let voteColumn = try column("vote", in: header, file: file)
        let timeColumn = header.fields.firstIndex(of: "timestamp")
        var votes: [TimedVote] = []
        votes.reserveCapacity(records.count)
        for record in records.dropFirst() {
            let fields = record.fields
            guard fields.count > max(statementColumn, voterColumn, voteColumn) else {
                throw CommonGroundError(
                    file: file, line: record.line, problem: "this row has \(fields.count) fields; the header has \(header.fields.count).")
            }
            let statement = fields[statementColumn].trimmed
            let voter = fields[voterColumn].trimmed
            guard !statement.isEmpty, !voter.isEmpty else {
                throw CommonGroundError(file: file, line: record.line, problem: "the comment-id or voter-id is empty.")
            }
            guard let number = Int8(fields[voteColumn].trimmed), let value = Vote.Value(rawValue: number) else {
                throw CommonGroundError(
                    file: file, line: record.line, problem: "the vote “\(fields[voteColumn])” is not 1 (agree), -1 (disagree) or 0 (pass).")
            }
            if let statements, !statements.contains(statement) {
                throw CommonGroundError(file: file, line: record.line, problem: "the statement \(statement) is not in the comments file.")
            }
            let time = timeColumn.flatMap { $0 < fields.count ? Int64(fields[$0].trimmed) : nil }
            votes.append(TimedVote(vote: Vote(participant: voter, statement: statement, value: value), timestamp: time))
        }
        return votes
    }

    public static func statements(csv text: String, file: String = "comments.csv") throws(CommonGroundError) -> [Statement] {
        let records = try CSVReader.records(text, file: file)
        guard let header = records.first else { throw CommonGroundError(file: file, problem: "the file is empty.") }
        let idColumn = try column("comment-id", in: header, file: file)
        let bodyColumn = try column("comment-body", in: header, file: file)
        let moderatedColumn = header.fields.firstIndex(of: "moderated")
        let authorColumn = header.fields.firstIndex(of: "author-id")
        let metaColumn = header.fields.firstIndex(of: "is-meta")
        let timeColumn = header.fields.firstIndex(of: "timestamp")
        var statements: [Statement] = []
        var seen: Set<String> = []
        for record in records.dropFirst() {
            let fields = record.fields
            guard fields.count > max(idColumn, bodyColumn) else {
                throw CommonGroundError(
                    file: file, line: record.line, problem: "this row has \(fields.count) fields; the header has \(header.fields.count).")
            }
            let id = fields[idColumn].trimmed
            guard !id.isEmpty else { throw CommonGroundError(file: file, line: record.line, problem: "the comment-id is empty.") }
            guard seen.insert(id).inserted else {
                throw CommonGroundError(file: file, line: record.line, problem: "the comment-id \(id) appears twice.")
            }
            func field(_ column: Int?) -> String { column.flatMap { $0 < fields.count ? fields[$0].trimmed : nil } ?? "" }
            let moderation = Int(field(moderatedColumn)) ?? 0
            guard [-1, 0, 1].contains(moderation) else {
                throw CommonGroundError(
                    file: file, line: record.line, problem: "moderated must be -1, 0 or 1, not “\(field(moderatedColumn))”.")
            }
            statements.append(
                Statement(
                    id: id, author: field(authorColumn), text: fields[bodyColumn], moderation: moderation,
                    isMeta: ["1", "true", "TRUE", "True"].contains(field(metaColumn)), createdAt: Int64(field(timeColumn))))
        }
        return statements
    }

    private static func column(_ name: String, in header: CSVReader.Record, file: String) throws(CommonGroundError) -> Int {
        guard let index = header.fields.firstIndex(where: { $0.trimmed == name }) else {
            throw CommonGroundError(
                file: file, line: header.line,
                problem: "the header has no “\(name)” column (found: \(header.fields.joined(separator: ", "))).")
        }
        return index
    }
}

extension String {
    fileprivate var trimmed: String {
        var scalars = Substring(self)
        while scalars.first?.isWhitespace == true { scalars.removeFirst() }
        while scalars.last?.isWhitespace == true { scalars.removeLast() }
        return String(scalars)
    }
}
