import Foundation

/// The analysis for people: what everyone has in common first, then what sets each group apart.
extension Analysis {
    /// - Parameter texts: statement texts by id, when known; ids are shown otherwise.
    public func text(statementTexts texts: [String: String] = [:], top: Int = 5) -> String {
        func say(_ index: Int) -> String {
            let id = statements[index]
            return texts[id].map { "“\($0)” (\(id))" } ?? "statement \(id)"
        }
        let placed = participants.filter { $0.group != nil }.count
        var lines = [
            "\(participants.count) people voted on \(statements.count) statements; \(placed) of them are placed in \(groups.count) opinion groups.",
            "",
        ]
        lines.append("What we have in common (every group leans towards these):")
        for score in groupAwareConsensus.prefix(top) {
            lines.append("  \(Self.percent(score.score, groups: groups.count)) · \(say(score.statement))")
        }
        if !consensusAgree.isEmpty {
            lines.append("")
            lines.append("Most people agree:")
            for item in consensusAgree { lines.append("  \(Int((item.share * 100).rounded()))% · \(say(item.statement))") }
        }
        if !consensusDisagree.isEmpty {
            lines.append("")
            lines.append("Most people disagree:")
            for item in consensusDisagree { lines.append("  \(Int((item.share * 100).rounded()))% · \(say(item.statement))") }
        }
        for group in groups {
            lines.append("")
            lines.append("Group \(Self.letter(group.id)) (\(group.size) people):")
            for statement in group.representative {
                let verb = statement.direction == .agree ? "agrees" : "disagrees"
                lines.append("  \(verb), \(Int((statement.share * 100).rounded()))% · \(say(statement.statement))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Groups are named A, B, C… on screens and in reports.
    public static func letter(_ group: Int) -> String {
        group < 26 ? String(UnicodeScalar(UInt8(65 + group))) : "\(group + 1)"
    }

    /// The geometric mean share across groups, as a percentage: easier to read than a product.
    static func percent(_ score: Double, groups: Int) -> String {
        let mean = groups > 0 ? pow(score, 1 / Double(groups)) : score
        return "\(Int((mean * 100).rounded()))% per group"
    }
}
