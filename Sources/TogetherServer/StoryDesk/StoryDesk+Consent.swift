import FluentKit
import Foundation
import Stories
import TogetherStore

extension StoryDesk {
    /// Replaces what the teller agreed to. Taking back consent to publish takes the story off the
    /// site at once (out of search and cached pages), without erasing it; withdrawal erases.
    public func changeConsent(of record: StoryRecord, to consent: Consent) async throws {
        let id = try record.requireID()
        let rows = consent.grants.map { StoryConsentRecord(storyID: id, scope: $0.key.rawValue, until: $0.value) }
        try await database.transaction { db in
            try await StoryConsentRecord.query(on: db).filter(\.$story.$id == id).delete()
            for row in rows { try await row.create(on: db) }
            try await audit(action: "change-consent", story: id, by: .teller, on: db)
        }
        if !consent.allows(.publish, at: services.now()) {
            try await StorySearch(store: services.store).remove(storyID: id)
        } else if record.publishedVersion != nil {
            try await indexPublishedVersion(of: record)
        }
        services.pageCache.removeAll()
    }
}
