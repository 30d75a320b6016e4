import CommonGround
import Foundation
import TogetherStore

/// `GET /api/v1/conversations/{id}/results`: the analysis (the same contract as `together commonground
/// analyze --format json`) with the conversation and the texts of the statements people see.
struct ConversationResultsJSON: Encodable {
    struct Conversation: Encodable {
        let id: UUID
        let title: String
        let language: String
        let isOpen: Bool
    }

    struct Statement: Encodable {
        let id: String
        let text: String
        let isMeta: Bool
    }

    let conversation: Conversation
    let computedAt: Date
    let statements: [Statement]
    let analysis: AnalysisJSON?

    init(conversation: ConversationRecord, statements: [ConversationStatementRecord], entry: ConversationResults.Entry) {
        self.conversation = Conversation(
            id: conversation.id!, title: conversation.title, language: conversation.language, isOpen: conversation.isOpen)
        computedAt = entry.computedAt
        self.statements = statements.filter { $0.status == .approved }.map {
            Statement(id: String($0.number), text: $0.text, isMeta: $0.isMeta)
        }
        analysis = entry.analysis.map(AnalysisJSON.init)
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()
}
