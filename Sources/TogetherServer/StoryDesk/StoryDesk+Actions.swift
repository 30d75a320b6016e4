import FluentKit
import Foundation
import Stories
import TogetherStore

extension StoryDesk {
    /// Applies a lifecycle step and records it; throws ``LifecycleError`` when the rules refuse.
    public func apply(_ action: StoryAction, to record: StoryRecord, by actor: Actor, note: String? = nil) async throws {
        guard action != .withdraw else { return try await withdraw(record) }
        var lifecycle = Self.lifecycle(of: record)
        try lifecycle.apply(action, by: actor.story)
        Self.store(lifecycle, in: record)
        switch action {
        case .publish: record.publishedAt = services.now()
        case .requestChanges: record.tellerMessage = note
        case .reject: record.rejectionReason = note
        default: break
        }
        try await database.transaction { db in
            try await record.save(on: db)
            try await audit(action: action.name, story: record.id, by: actor, on: db)
        }
        if action == .publish {
            try await indexPublishedVersion(of: record)
            services.pageCache.removeAll()
        }
    }

    /// Puts a published story on the front page, or takes it off.
    public func feature(_ record: StoryRecord, _ featured: Bool, by actor: Actor) async throws {
        guard Self.lifecycle(of: record).isPublic else {
            throw LifecycleError.notAllowed(action: "feature", status: Self.lifecycle(of: record).status)
        }
        record.featuredAt = featured ? services.now() : nil
        try await database.transaction { db in
            try await record.save(on: db)
            try await audit(action: featured ? "feature" : "unfeature", story: record.id, by: actor, on: db)
        }
        services.pageCache.removeAll()
    }

    /// The teller's optional self-descriptions, set or changed from their page (translations follow).
    public func describe(_ record: StoryRecord, gender: String, originRegion: String) async throws {
        let id = try record.requireID()
        try await StoryRecord.query(on: database).group(.or) { $0.filter(\.$id == id).filter(\.$translationOf == id) }
            .set(\.$gender, to: gender).set(\.$originRegion, to: originRegion).update()
        record.gender = gender
        record.originRegion = originRegion
    }

    /// Marks a published story as one of exceptional achievement ("not all refugees are Olympic
    /// swimmers"), or takes the mark off; the voices dashboard counts their share.
    public func markExceptional(_ record: StoryRecord, _ exceptional: Bool, by actor: Actor) async throws {
        guard Self.lifecycle(of: record).isPublic else {
            throw LifecycleError.notAllowed(action: "exceptional", status: Self.lifecycle(of: record).status)
        }
        record.exceptional = exceptional
        try await database.transaction { db in
            try await record.save(on: db)
            try await audit(action: exceptional ? "mark-exceptional" : "unmark-exceptional", story: record.id, by: actor, on: db)
        }
    }

    /// Puts the published words into the search index, replacing the previous version's.
    func indexPublishedVersion(of record: StoryRecord) async throws {
        guard let number = record.publishedVersion, let version = try await version(number, of: record) else { return }
        try await StorySearch(store: services.store).index(
            storyID: try record.requireID(), text: [version.title, version.summary, version.body].joined(separator: "\n"))
    }

    /// Sends the current version to the teller, picking the story up first if nobody has yet.
    public func sendForApproval(_ record: StoryRecord, by actor: Actor) async throws {
        if record.status == StoryStatus.submitted.rawValue { try await apply(.startReview, to: record, by: actor) }
        try await apply(.requestApproval, to: record, by: actor)
    }

    /// Saves a moderator's edit as a new version, which the teller must approve before it goes out.
    public func edit(
        _ record: StoryRecord, title: String?, summary: String?, body: String?, by actor: Actor, auditAction: String = "edit"
    ) async throws {
        guard let current = try await version(record.currentVersion, of: record) else { throw StoryDeskError.missingVersion }
        var lifecycle = Self.lifecycle(of: record)
        try lifecycle.apply(.edit, by: actor.story)
        Self.store(lifecycle, in: record)
        let next = StoryVersionRecord(
            storyID: try record.requireID(), number: lifecycle.currentVersion, title: title ?? current.title,
            summary: summary ?? current.summary, body: body ?? current.body, editedBy: actor.userID)
        try await database.transaction { db in
            try await record.save(on: db)
            try await next.create(on: db)
            try await audit(action: auditAction, story: record.id, by: actor, on: db)
        }
    }

    /// Erases the story: words, versions, consent, contact and messages are deleted, not hidden;
    /// a content-free tombstone remains. On SQLite the write-ahead log is checkpointed so the words
    /// are gone from the files too (secure_delete zeroes the freed pages).
    public func withdraw(_ record: StoryRecord) async throws {
        _ = try Self.lifecycle(of: record).applying(.withdraw, by: .teller)
        let id = try record.requireID()
        // A teller's withdrawal takes every translation with it; a translation alone can be withdrawn too.
        let ids = [id] + (record.translationOf == nil ? try await translationRecords(of: id).compactMap(\.id) : [])
        try await erase(ids, action: "withdraw", by: .teller)
    }

    /// Deletes the stories' words, versions, consent, contact and decisions, leaves a content-free
    /// tombstone for each, and makes sure no file, index or cache keeps them.
    func erase(_ ids: [UUID], action: String, by actor: Actor) async throws {
        let now = services.now()
        // Journaled before erasing (replaying an id that is already gone is harmless), outside the
        // database, so that restoring an older backup can erase them again. A journal that cannot be
        // written never stops a withdrawal: the words go, and the failure is logged without them.
        if let path = services.configuration.withdrawalJournal {
            do {
                try WithdrawalJournal(path: path).record(ids, at: now)
            } catch {
                services.logger.error("The withdrawal journal could not be written; a restore could bring these stories back.")
            }
        }
        // Out of search first: should the deletion below fail, the story is at worst unfindable, never findable and gone.
        let search = StorySearch(store: services.store)
        for id in ids { try await search.remove(storyID: id) }
        try await database.transaction { db in
            try await StoryVersionRecord.query(on: db).filter(\.$story.$id ~~ ids).delete()
            try await StoryConsentRecord.query(on: db).filter(\.$story.$id ~~ ids).delete()
            try await StorySubmissionKey.query(on: db).filter(\.$story.$id ~~ ids).delete()
            try await RedactionDecisionRecord.query(on: db).filter(\.$story.$id ~~ ids).delete()
            try await StoryPhotoRecord.query(on: db).filter(\.$story.$id ~~ ids).delete()
            try await StoryRecord.query(on: db).filter(\.$id ~~ ids).delete()
            for id in ids {
                try await StoryTombstone(id: id, withdrawnAt: now).create(on: db)
                try await audit(action: action, story: id, by: actor, on: db)
            }
        }
        try await services.store.eraseFreedSpace()
        // At once everywhere: no cached page may still show the story.
        services.pageCache.removeAll()
    }

    /// After a restore: erases again every story the journal says was erased, if the backup still has
    /// it (it was taken before the withdrawal). Returns how many were erased again.
    public func replayWithdrawals(_ journal: WithdrawalJournal) async throws -> Int {
        let erased = try journal.erasedStories()
        guard !erased.isEmpty else { return 0 }
        var present: [UUID] = []
        // In slices: a journal may list many thousands of stories.
        for start in stride(from: 0, to: erased.count, by: 500) {
            let slice = Array(erased[start..<min(start + 500, erased.count)])
            present += try await StoryRecord.query(on: database).filter(\.$id ~~ slice).all(\.$id)
        }
        guard !present.isEmpty else { return 0 }
        try await erase(present, action: "withdraw-replayed", by: .system)
        return present.count
    }

    func audit(action: String, story: UUID?, by actor: Actor, on db: any Database) async throws {
        try await AuditEvent(
            actorID: actor.userID ?? actor.tokenID, actorRole: actor.auditRole, action: action, storyID: story, at: services.now()
        )
        .create(on: db)
    }
}

public enum StoryDeskError: Error, CustomStringConvertible, Equatable {
    case missingVersion
    case duplicateSubmission
    case notTranslatable
    case translationNotAllowed
    case translationExists

    public var description: String {
        switch self {
        case .missingVersion: return "The story's current version is missing."
        case .duplicateSubmission: return "This story was already sent; the first sending counts."
        case .notTranslatable: return "Only a published story told in its own words can be translated."
        case .translationNotAllowed: return "The teller has not allowed this story to be translated."
        case .translationExists: return "This story is already in that language."
        }
    }
}
