import CommonGround
import FluentKit
import Foundation
import Hummingbird
import TogetherStore

/// Every change to a conversation goes through here: creating and moderating it (staff), and
/// voting, proposing and forgetting (participants, who have no account).
public struct ConversationDesk: Sendable {
    let services: AppServices

    var database: any Database { services.store.database }

    public static let maximumStatementLength = 280
    public static let maximumTitleLength = 200

    public func create(
        title: String, description: String, language: String, strictModeration: Bool, allowsProposals: Bool = true, seed: [String] = []
    ) async throws -> UUID {
        let conversation = ConversationRecord(
            title: title, description: description, language: language, strictModeration: strictModeration,
            allowsProposals: allowsProposals)
        conversation.chapterID = ChapterScope.space
        try await database.transaction { db in
            try await conversation.create(on: db)
            for (index, text) in seed.enumerated() {
                try await ConversationStatementRecord(
                    conversationID: conversation.id!, number: index, text: text, status: .approved, proposed: false
                ).create(on: db)
            }
        }
        return conversation.id!
    }

    public func list(openOnly: Bool = false) async throws -> [ConversationRecord] {
        var query = ConversationRecord.query(on: database).filter(\.$chapterID == ChapterScope.space).sort(\.$createdAt, .descending)
        if openOnly { query = query.filter(\.$isOpen == true) }
        return try await query.all()
    }

    public func conversation(_ id: UUID) async throws -> ConversationRecord? {
        try await ConversationRecord.find(id, on: database)
    }

    /// The conversation a route's `:id` names, or 404.
    func conversation(named parameters: Parameters) async throws -> ConversationRecord {
        guard let id = parameters.get("id", as: UUID.self), let conversation = try await conversation(id) else {
            throw HTTPError(.notFound)
        }
        return conversation
    }

    /// How many statements each conversation has, in one query.
    public func statementCounts() async throws -> [UUID: Int] {
        var counts: [UUID: Int] = [:]
        for statement in try await ConversationStatementRecord.query(on: database).field(\.$conversationID).all() {
            counts[statement.conversationID, default: 0] += 1
        }
        return counts
    }

    public func statements(_ conversationID: UUID) async throws -> [ConversationStatementRecord] {
        try await ConversationStatementRecord.query(on: database).filter(\.$conversationID == conversationID).sort(\.$number).all()
    }

    /// A statement from staff (approved at once) or a participant (pending under strict moderation).
    @discardableResult
    public func addStatement(to conversation: ConversationRecord, text: String, proposed: Bool) async throws -> ConversationStatementRecord
    {
        let status: ConversationStatementRecord.Status = proposed && conversation.strictModeration ? .pending : .approved
        let id = try conversation.requireID()
        return try await database.createNumbered(ConversationStatementRecord.self, in: id, busy: ConversationError.busy) { number in
            ConversationStatementRecord(conversationID: id, number: number, text: text, status: status, proposed: proposed)
        }
    }

    /// A moderator's decision on a statement: shown, waiting, or taken out; and whether it is meta.
    public func moderate(conversationID: UUID, number: Int, status: ConversationStatementRecord.Status, isMeta: Bool) async throws {
        guard
            let statement = try await ConversationStatementRecord.query(on: database).filter(\.$conversationID == conversationID)
                .filter(\.$number == number).first()
        else { throw ConversationError.noSuchStatement }
        statement.status = status
        statement.isMeta = isMeta
        try await statement.save(on: database)
        await services.conversationResults.markChanged(conversationID)
    }

    public func update(_ conversation: ConversationRecord, isOpen: Bool, strictModeration: Bool, allowsProposals: Bool) async throws {
        conversation.isOpen = isOpen
        conversation.strictModeration = strictModeration
        conversation.allowsProposals = allowsProposals
        try await conversation.save(on: database)
    }
}

/// What a participant or staff member tried that cannot be done, each with a text key for the page.
public enum ConversationError: Error, Equatable, Sendable {
    case noSuchStatement
    case closed
    case busy

    var messageKey: String {
        switch self {
        case .noSuchStatement: return "conv_error_no_statement"
        case .closed: return "conv_error_closed"
        case .busy: return "conv_error_busy"
        }
    }
}

/// Staff actions on conversations go to the audit log: who, when and what (never a statement's words).
extension ConversationDesk {
    public enum AuditAction: String, Sendable, CaseIterable {
        case start = "conversation-start"
        case addStatement = "conversation-add-statement"
        case moderate = "conversation-moderate"
        case settings = "conversation-settings"
        case importPolis = "conversation-import"
        case export = "conversation-export"
    }

}

extension ConversationStatementRecord: NumberedRecord {
    static var ownerKey: KeyPath<ConversationStatementRecord, FieldProperty<ConversationStatementRecord, UUID>> { \.$conversationID }
    static var numberKey: KeyPath<ConversationStatementRecord, FieldProperty<ConversationStatementRecord, Int>> { \.$number }
}

extension ConversationParticipantRecord: NumberedRecord {
    static var ownerKey: KeyPath<ConversationParticipantRecord, FieldProperty<ConversationParticipantRecord, UUID>> {
        \.$conversationID
    }
    static var numberKey: KeyPath<ConversationParticipantRecord, FieldProperty<ConversationParticipantRecord, Int>> { \.$number }
}
