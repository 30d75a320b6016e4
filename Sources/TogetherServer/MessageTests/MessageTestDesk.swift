import FluentKit
import Foundation
import Hummingbird
import Impact
import TogetherStore

/// Every change to a message test goes through here: creating and opening it (staff), and starting,
/// answering and acting (respondents, who have no account).
struct MessageTestDesk: Sendable {
    let services: AppServices

    var database: any Database { services.store.database }

    /// Stores a checked draft with a fresh seed; the test starts as a draft staff can review.
    func create(_ draft: MessageTestDraft) async throws -> UUID {
        let test = MessageTestRecord(
            title: draft.title, language: draft.language, country: draft.country,
            seed: Int64(bitPattern: UInt64.random(in: .min ... .max)), behaviour: draft.behaviour, behaviourText: draft.behaviourText,
            essWording: services.itemBank.nationalVersion(language: draft.language, country: draft.country)?.code ?? "")
        test.chapterID = ChapterScope.space
        try await database.transaction { db in
            try await test.create(on: db)
            let id = try test.requireID()
            for (number, arm) in draft.arms.enumerated() {
                try await MessageTestArmRecord(testID: id, number: number, label: arm.label, text: arm.text, storyID: arm.storyID)
                    .create(on: db)
            }
            for (number, question) in draft.questions.enumerated() {
                try await MessageTestQuestionRecord(
                    testID: id, number: number, phase: question.phase, item: question.item, text: question.text,
                    options: question.options
                ).create(on: db)
            }
        }
        return try test.requireID()
    }

    func list() async throws -> [MessageTestRecord] {
        try await MessageTestRecord.query(on: database).filter(\.$chapterID == ChapterScope.space).sort(\.$createdAt, .descending).all()
    }

    /// The test a route's `:id` names, or 404.
    func test(named parameters: Parameters) async throws -> MessageTestRecord {
        guard let id = parameters.get("id", as: UUID.self), let test = try await MessageTestRecord.find(id, on: database) else {
            throw HTTPError(.notFound)
        }
        return test
    }

    func arms(_ testID: UUID) async throws -> [MessageTestArmRecord] {
        try await MessageTestArmRecord.query(on: database).filter(\.$testID == testID).sort(\.$number).all()
    }

    func questions(_ testID: UUID) async throws -> [MessageTestQuestionRecord] {
        try await MessageTestQuestionRecord.query(on: database).filter(\.$testID == testID).sort(\.$number).all()
    }

    /// Respondents per test, in one query.
    func respondentCounts() async throws -> [UUID: Int] {
        var counts: [UUID: Int] = [:]
        for respondent in try await MessageTestRespondentRecord.query(on: database).field(\.$testID).all() {
            counts[respondent.testID, default: 0] += 1
        }
        return counts
    }

    func setStatus(_ test: MessageTestRecord, _ status: MessageTestRecord.Status) async throws {
        test.status = status
        try await test.save(on: database)
    }

    /// Every respondent and every answer of a test, for analysis and export.
    func responses(_ testID: UUID) async throws -> (respondents: [MessageTestRespondentRecord], answers: [MessageTestAnswerRecord]) {
        let respondents = try await MessageTestRespondentRecord.query(on: database).filter(\.$testID == testID).sort(\.$number).all()
        let answers = try await MessageTestAnswerRecord.query(on: database).filter(\.$testID == testID).all()
        return (respondents, answers)
    }
}

/// Staff actions on message tests go to the audit log: who, when and what (never a message's words).
extension MessageTestDesk {
    enum AuditAction: String, Sendable, CaseIterable {
        case create = "message-test-create"
        case status = "message-test-status"
        case export = "message-test-export"
    }

}

extension MessageTestRespondentRecord: NumberedRecord {
    static var ownerKey: KeyPath<MessageTestRespondentRecord, FieldProperty<MessageTestRespondentRecord, UUID>> { \.$testID }
    static var numberKey: KeyPath<MessageTestRespondentRecord, FieldProperty<MessageTestRespondentRecord, Int>> { \.$number }
}
