import Foundation

/// Writing the Pol.is export, so a conversation can go back to Pol.is (or to another Together).
extension PolisExport {
    public struct VoteRow: Sendable {
        public let vote: Vote
        public let timestamp: Int64

        public init(vote: Vote, timestamp: Int64) {
            self.vote = vote
            self.timestamp = timestamp
        }
    }

    public static func votesCSV(_ rows: [VoteRow]) -> String {
        var lines = ["timestamp,datetime,comment-id,voter-id,vote"]
        lines.reserveCapacity(rows.count + 1)
        for row in rows {
            lines.append(
                [
                    String(row.timestamp), dateText(row.timestamp), field(row.vote.statement), field(row.vote.participant),
                    String(row.vote.value.rawValue),
                ]
                .joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Statements with their vote counts; `votes` gives agrees and disagrees per statement id.
    public static func commentsCSV(_ statements: [Statement], votes: [String: (agree: Int, disagree: Int)]) -> String {
        var lines = ["timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body,is-meta"]
        for statement in statements {
            let counts = votes[statement.id] ?? (0, 0)
            let time = statement.createdAt ?? 0
            lines.append(
                [
                    String(time), dateText(time), field(statement.id), field(statement.author), String(counts.agree),
                    String(counts.disagree),
                    String(statement.moderation), field(statement.text), statement.isMeta ? "1" : "0",
                ].joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Quoted when it holds a comma, a quotation mark or a line break (RFC 4180).
    static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func dateText(_ milliseconds: Int64) -> String {
        Date(timeIntervalSince1970: Double(milliseconds) / 1000).formatted(.iso8601)
    }
}
