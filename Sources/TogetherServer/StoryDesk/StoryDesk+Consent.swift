import FluentKit
import Foundation
import Stories
import TogetherStore

extension StoryDesk {
    /// Replaces what the teller agreed to. Taking back consent to publish takes the story off the
    /// site at once (out of search and cached pages), without erasing it; withdrawal erases.
    ///
    /// Translations follow: what they may be used for derives from the original's consent
    /// (``Consent/forTranslation``), so taking back consent to translate takes them off the site too.
    public func changeConsent(of record: StoryRecord, to consent: Consent) async throws {
        let id = try record.requireID()
        let family = [(record, consent)] + (try await translationRecords(of: id)).map { ($0, consent.forTranslation) }
        try await database.transaction { db in
            for (member, consent) in family {
                let memberID = try member.requireID()
                try await StoryConsentRecord.query(on: db).filter(\.$story.$id == memberID).delete()
                for (scope, until) in consent.grants {
                    try await StoryConsentRecord(storyID: memberID, scope: scope.rawValue, until: until).create(on: db)
                }
            }
            try await audit(action: "change-consent", story: id, by: .teller, on: db)
        }
        for (member, consent) in family {
            if !consent.allows(.publish, at: services.now()) {
                try await StorySearch(store: services.store).remove(storyID: try member.requireID())
            } else if member.publishedVersion != nil {
                try await indexPublishedVersion(of: member)
            }
        }
        services.pageCache.removeAll()
    }
}
