import FluentKit
import Foundation
import TogetherStore

extension StoryDesk {
    /// What a retention run erased: counts only, as the log and audit hold no content.
    public struct Purge: Sendable, Equatable {
        public var stories = 0
        public var contacts = 0
    }

    /// Erases stories sent before `cutoff` that were never published (with their translations'
    /// drafts), and removes the contact details of every story sent before it.
    @discardableResult
    public func purge(sentBefore cutoff: Date) async throws -> Purge {
        var purge = Purge()
        let stale = try await StoryRecord.query(on: database).filter(\.$publishedVersion == nil).filter(\.$createdAt < cutoff).all()
        let ids = stale.compactMap(\.id)
        if !ids.isEmpty {
            try await erase(ids, action: "purge", by: .system)
            purge.stories = ids.count
        }
        let withContact = try await StoryRecord.query(on: database).filter(\.$contactSealed != nil).filter(\.$createdAt < cutoff).all()
        for record in withContact {
            record.contactSealed = nil
            try await database.transaction { db in
                try await record.save(on: db)
                try await audit(action: "purge-contact", story: record.id, by: .system, on: db)
            }
            purge.contacts += 1
        }
        if purge.contacts > 0 { try await services.store.eraseFreedSpace() }
        return purge
    }
}
