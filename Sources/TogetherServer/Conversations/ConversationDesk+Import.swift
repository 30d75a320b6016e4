import CommonGround
import Crypto
import FluentKit
import Foundation
import TogetherStore

/// Bringing a conversation over from Pol.is (or another Together): its statements with their
/// moderation, its participants as numbers, and their latest votes with their times.
extension ConversationDesk {
    public struct ImportSummary: Sendable, Equatable {
        public let conversationID: UUID
        public let statements: Int
        public let participants: Int
        public let votes: Int
    }

    public func importPolis(
        title: String, language: String, statements: [PolisExport.Statement], votes: [PolisExport.TimedVote]
    ) async throws -> ImportSummary {
        // Pol.is ids are numbers: keep them, so an export back lines up with the original.
        func numbers(_ ids: [String]) -> [String: Int] {
            let parsed = ids.compactMap { Int($0) }.filter { $0 >= 0 }
            if parsed.count == ids.count, Set(parsed).count == ids.count { return Dictionary(uniqueKeysWithValues: zip(ids, parsed)) }
            return Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($0.element, $0.offset) })
        }
        var statementIDs = statements.map(\.id)
        var listed = Set(statementIDs)
        for vote in votes where listed.insert(vote.vote.statement).inserted { statementIDs.append(vote.vote.statement) }
        let finalStatementIDs = statementIDs
        let statementNumber = numbers(statementIDs)
        var voterIDs: [String] = []
        var seenVoters: Set<String> = []
        for vote in votes where seenVoters.insert(vote.vote.participant).inserted { voterIDs.append(vote.vote.participant) }
        let participantNumber = numbers(voterIDs)
        let voters = voterIDs
        // The last vote in the file on each statement wins, as in the analysis.
        var latest: [String: PolisExport.TimedVote] = [:]
        var order: [String] = []
        for vote in votes {
            let key = vote.vote.participant + "\u{1F}" + vote.vote.statement
            if latest.updateValue(vote, forKey: key) == nil { order.append(key) }
        }
        let latestVotes = order.compactMap { latest[$0] }
        let conversation = ConversationRecord(title: title, description: "", language: language, strictModeration: true)
        conversation.chapterID = ChapterScope.space
        let now = services.now()
        try await database.transaction { db in
            try await conversation.create(on: db)
            let id = try conversation.requireID()
            let known = Dictionary(statements.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let records = finalStatementIDs.map { statementID in
                let source = known[statementID]
                // Pol.is shows unmoderated comments and analyses them: they stay shown here too.
                let status: ConversationStatementRecord.Status = source?.moderation == -1 ? .rejected : .approved
                return ConversationStatementRecord(
                    conversationID: id, number: statementNumber[statementID]!, text: source?.text ?? "", status: status,
                    isMeta: source?.isMeta ?? false, proposed: false)
            }
            try await records.create(on: db)
            let participants = voters.map { voter in
                ConversationParticipantRecord(
                    conversationID: id, number: participantNumber[voter]!,
                    keyHash: SHA256.hash(data: Data("imported:\(id.uuidString):\(voter)".utf8)).map { String(format: "%02x", $0) }.joined())
            }
            for chunk in stride(from: 0, to: participants.count, by: 1000) {
                try await Array(participants[chunk..<min(chunk + 1000, participants.count)]).create(on: db)
            }
            let rows = latestVotes.map { vote in
                ConversationVoteRecord(
                    conversationID: id, participantNumber: participantNumber[vote.vote.participant]!,
                    statementNumber: statementNumber[vote.vote.statement]!, value: Int(vote.vote.value.rawValue),
                    votedAt: vote.timestamp.map { Date(timeIntervalSince1970: Double($0) / 1000) } ?? now)
            }
            for chunk in stride(from: 0, to: rows.count, by: 1000) {
                try await Array(rows[chunk..<min(chunk + 1000, rows.count)]).create(on: db)
            }
        }
        let id = try conversation.requireID()
        await services.conversationResults.markChanged(id)
        return ImportSummary(conversationID: id, statements: statementIDs.count, participants: voterIDs.count, votes: latestVotes.count)
    }
}
