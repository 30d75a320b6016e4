import CommonGround
import Crypto
import FluentKit
import Foundation
import TogetherStore

/// Participants: a number per conversation, found by the hash of the key their browser holds.
extension ConversationDesk {
    /// The hash stored for a participant: of the conversation and the browser's key (so the same
    /// browser is a different, unlinkable participant in each conversation), or of a partner site's id.
    static func keyHash(conversationID: UUID, browserKey: String?, externalID: String?) -> String? {
        let material: String
        if let externalID, !externalID.isEmpty {
            material = "external:\(conversationID.uuidString):\(externalID)"
        } else if let browserKey, !browserKey.isEmpty {
            material = "browser:\(conversationID.uuidString):\(browserKey)"
        } else {
            return nil
        }
        return SHA256.hash(data: Data(material.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// The participant's number, created on first use when `create` is set.
    func participantNumber(_ conversationID: UUID, keyHash: String, create: Bool) async throws -> Int? {
        if let existing = try await ConversationParticipantRecord.query(on: database).filter(\.$conversationID == conversationID)
            .filter(\.$keyHash == keyHash).first()
        {
            return existing.number
        }
        guard create else { return nil }
        // On a collision, this browser's other tab may have made the participant already.
        return try await database.createNumbered(
            ConversationParticipantRecord.self, in: conversationID, busy: ConversationError.busy,
            existing: {
                try await ConversationParticipantRecord.query(on: database).filter(\.$conversationID == conversationID)
                    .filter(\.$keyHash == keyHash).first()
            },
            make: { ConversationParticipantRecord(conversationID: conversationID, number: $0, keyHash: keyHash) }
        ).number
    }

    /// Records a vote; a second vote on the same statement replaces the first.
    public func vote(_ conversation: ConversationRecord, keyHash: String, statementNumber: Int, value: Vote.Value) async throws {
        guard conversation.isOpen else { throw ConversationError.closed }
        let conversationID = try conversation.requireID()
        guard
            let statement = try await ConversationStatementRecord.query(on: database).filter(\.$conversationID == conversationID)
                .filter(\.$number == statementNumber).first(), statement.status == .approved
        else { throw ConversationError.noSuchStatement }
        guard let participant = try await participantNumber(conversationID, keyHash: keyHash, create: true) else { return }
        let now = services.now()
        let existing = try await ConversationVoteRecord.query(on: database).filter(\.$conversationID == conversationID)
            .filter(\.$participantNumber == participant).filter(\.$statementNumber == statementNumber).first()
        if let existing {
            existing.value = Int(value.rawValue)
            existing.votedAt = now
            try await existing.save(on: database)
        } else {
            do {
                try await ConversationVoteRecord(
                    conversationID: conversationID, participantNumber: participant, statementNumber: statementNumber,
                    value: Int(value.rawValue), votedAt: now
                ).create(on: database)
            } catch let error as any DatabaseError where error.isConstraintFailure {
                // The same vote from a second tab at the same moment: the later one wins.
                try await ConversationVoteRecord.query(on: database).filter(\.$conversationID == conversationID)
                    .filter(\.$participantNumber == participant).filter(\.$statementNumber == statementNumber)
                    .set(\.$value, to: Int(value.rawValue)).set(\.$votedAt, to: now).update()
            }
        }
        await services.conversationResults.markChanged(conversationID)
    }

    /// The participant's votes by statement number.
    public func votes(of keyHash: String, in conversationID: UUID) async throws -> [Int: Vote.Value] {
        guard let participant = try await participantNumber(conversationID, keyHash: keyHash, create: false) else { return [:] }
        let records = try await ConversationVoteRecord.query(on: database).filter(\.$conversationID == conversationID)
            .filter(\.$participantNumber == participant).all()
        var votes: [Int: Vote.Value] = [:]
        for record in records { votes[record.statementNumber] = Vote.Value(rawValue: Int8(record.value)) }
        return votes
    }

    /// Deletes every vote of the participant, and the participant: what Pol.is cannot do.
    public func forget(_ keyHash: String, in conversationID: UUID) async throws -> Int {
        guard let participant = try await participantNumber(conversationID, keyHash: keyHash, create: false) else { return 0 }
        let count = try await database.transaction { db in
            let count = try await ConversationVoteRecord.query(on: db).filter(\.$conversationID == conversationID)
                .filter(\.$participantNumber == participant).count()
            try await ConversationVoteRecord.query(on: db).filter(\.$conversationID == conversationID)
                .filter(\.$participantNumber == participant).delete()
            try await ConversationParticipantRecord.query(on: db).filter(\.$conversationID == conversationID)
                .filter(\.$number == participant).delete()
            return count
        }
        await services.conversationResults.markChanged(conversationID)
        return count
    }

    /// Every vote of the conversation in the order of the latest vote on each statement, as the
    /// analysis and the Pol.is export take them.
    public func allVotes(_ conversationID: UUID) async throws -> [Vote] {
        try await ConversationVoteRecord.query(on: database).filter(\.$conversationID == conversationID)
            .sort(\.$votedAt).sort(\.$participantNumber).sort(\.$statementNumber).all()
            .compactMap { record in
                Vote.Value(rawValue: Int8(record.value)).map {
                    Vote(participant: String(record.participantNumber), statement: String(record.statementNumber), value: $0)
                }
            }
    }
}

/// The Pol.is export of a conversation.
extension ConversationDesk {
    public func exportVotes(_ conversationID: UUID) async throws -> [PolisExport.VoteRow] {
        try await ConversationVoteRecord.query(on: database).filter(\.$conversationID == conversationID)
            .sort(\.$votedAt).sort(\.$participantNumber).sort(\.$statementNumber).all()
            .compactMap { record in
                Vote.Value(rawValue: Int8(record.value)).map {
                    PolisExport.VoteRow(
                        vote: Vote(participant: String(record.participantNumber), statement: String(record.statementNumber), value: $0),
                        timestamp: Int64((record.votedAt.timeIntervalSince1970 * 1000).rounded()))
                }
            }
    }

    public func exportStatements(_ conversationID: UUID) async throws -> ([PolisExport.Statement], [String: (agree: Int, disagree: Int)]) {
        var counts: [String: (agree: Int, disagree: Int)] = [:]
        for vote in try await allVotes(conversationID) {
            var entry = counts[vote.statement] ?? (0, 0)
            if vote.value == .agree { entry.agree += 1 } else if vote.value == .disagree { entry.disagree += 1 }
            counts[vote.statement] = entry
        }
        let statements = try await statements(conversationID).map { record in
            PolisExport.Statement(
                id: String(record.number), author: record.proposed ? "participant" : "staff", text: record.text,
                moderation: record.status == .approved ? 1 : record.status == .rejected ? -1 : 0, isMeta: record.isMeta,
                createdAt: record.createdAt.map { Int64(($0.timeIntervalSince1970 * 1000).rounded()) })
        }
        return (statements, counts)
    }
}
