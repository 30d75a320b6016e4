import FluentKit
import Foundation
import Stories
import TogetherStore

/// A translation is a story of its own, linked to the one it translates: it is reviewed, edited,
/// approved by the teller and published like any story, and erased with the original.
extension StoryDesk {
    /// The words of a new translation, checked like a teller's.
    public struct TranslationDraft: Sendable {
        public var language: String
        public var title: String
        public var body: String

        public init(language: String, title: String, body: String) {
            self.language = language
            self.title = title
            self.body = body
        }
    }

    /// Adds a translation of a published story whose teller allowed translation; returns its id.
    public func translate(_ source: StoryRecord, _ draft: TranslationDraft, by actor: Actor) async throws -> UUID {
        let sourceID = try source.requireID()
        guard source.translationOf == nil, source.publishedVersion != nil, Self.lifecycle(of: source).isPublic else {
            throw StoryDeskError.notTranslatable
        }
        let consent = try await consent(of: source)
        guard consent.allows(.translate, at: services.now()) else { throw StoryDeskError.translationNotAllowed }
        let language = draft.language.trimmingCharacters(in: .whitespaces).lowercased()
        let title = draft.title.trimmingCharacters(in: .whitespacesAndNewlines)
        let body = draft.body.trimmingCharacters(in: .whitespacesAndNewlines)
        var problems: [SubmissionProblem] = []
        if !StoryLanguage.isKnown(language) { problems.append(.init("language", language.isEmpty ? .required : .unknownLanguage)) }
        if title.isEmpty { problems.append(.init("title", .required)) }
        if title.count > StorySubmission.maxTitleLength { problems.append(.init("title", .tooLong)) }
        if body.isEmpty { problems.append(.init("body", .required)) }
        if body.count > StorySubmission.maxBodyLength { problems.append(.init("body", .tooLong)) }
        guard problems.isEmpty else { throw SubmissionError(problems: problems) }
        let family = try await translationRecords(of: sourceID)
        guard language != source.language, !family.contains(where: { $0.language == language }) else {
            throw StoryDeskError.translationExists
        }
        let id = UUID()
        let record = Self.translationRecord(of: source, id: id, language: language, by: actor)
        try await database.transaction { db in
            try await record.create(on: db)
            try await StoryVersionRecord(storyID: id, number: 1, title: title, summary: "", body: body, editedBy: actor.userID).create(
                on: db)
            for (scope, until) in consent.forTranslation.grants {
                try await StoryConsentRecord(storyID: id, scope: scope.rawValue, until: until).create(on: db)
            }
            try await audit(action: "translate", story: id, by: actor, on: db)
        }
        return id
    }

    /// Every translation of the story `id`, whatever its state.
    public func translationRecords(of id: UUID) async throws -> [StoryRecord] {
        try await StoryRecord.query(on: database).filter(\.$translationOf == id).sort(\.$language).all()
    }

    /// A translation of a teller's story, found from the teller's own story (their receipt opens both).
    public func translation(_ id: UUID, of original: StoryRecord) async throws -> StoryRecord? {
        guard let record = try await story(id: id), record.translationOf == original.id else { return nil }
        return record
    }

    /// The new story record: the original's voice, place, credit and children's rules; no receipt of
    /// its own (the teller reaches it through theirs) and no contact details.
    private static func translationRecord(of source: StoryRecord, id: UUID, language: String, by actor: Actor) -> StoryRecord {
        let record = StoryRecord()
        record.id = id
        record.chapterID = source.chapterID
        store(StoryLifecycle(isChild: source.isChild, hasGuardianConsent: source.guardianConsent), in: record)
        record.language = language
        record.voice = source.voice
        record.themes = source.themes
        record.country = source.country
        record.gender = source.gender
        record.originRegion = source.originRegion
        record.region = source.region
        record.creditMode = source.creditMode
        record.creditName = source.creditName
        // Unique like a receipt's hash, but no receipt code hashes to it: only the original's receipt opens it.
        record.receiptHash = "translation:" + id.uuidString
        record.submittedBy = actor.userID
        record.translationOf = source.id
        return record
    }
}
