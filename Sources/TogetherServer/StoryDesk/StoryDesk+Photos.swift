import FluentKit
import Foundation
import Photos
import Stories
import TogetherStore

extension StoryDesk {
    /// Strips the photo of all metadata in memory, then stores it as the story's one photo (replacing
    /// any earlier one). Nothing is stored when the file is refused.
    /// Throws ``PhotoError`` for a file that is not a usable photo; a database failure is thrown as
    /// itself (it is not the teller's file that is wrong).
    public func attachPhoto(_ bytes: [UInt8], showsFace: Bool, to record: StoryRecord, by actor: Actor) async throws -> PhotoKind {
        let cleaned = try PhotoCleaner.clean(bytes)
        let id = try record.requireID()
        try await database.transaction { db in
            try await StoryPhotoRecord.query(on: db).filter(\.$story.$id == id).delete()
            try await StoryPhotoRecord(storyID: id, mediaType: cleaned.kind.mediaType, bytes: Data(cleaned.bytes), showsFace: showsFace)
                .create(on: db)
            try await audit(action: "add-photo", story: id, by: actor, on: db)
        }
        services.pageCache.removeAll()
        return cleaned.kind
    }

    public func removePhoto(of record: StoryRecord, by actor: Actor) async throws {
        let id = try record.requireID()
        try await database.transaction { db in
            try await StoryPhotoRecord.query(on: db).filter(\.$story.$id == id).delete()
            try await audit(action: "remove-photo", story: id, by: actor, on: db)
        }
        try await services.store.eraseFreedSpace()
        services.pageCache.removeAll()
    }

    /// Whether a published story has a photo that may be shown, without reading the image.
    public func hasPublicPhoto(_ story: PublishedStory) async throws -> Bool {
        guard
            let photo = try await StoryPhotoRecord.query(on: reader).filter(\.$story.$id == story.id).field(\.$id).field(\.$showsFace)
                .first()
        else { return false }
        return !photo.showsFace || story.consent.allows(.face, at: services.now())
    }

    /// The photo of a public story, if it may be shown: a photo with a face needs the teller's
    /// "show my face" consent, checked at every read like the others.
    public func publicPhoto(of id: UUID) async throws -> StoryPhotoRecord? {
        guard case .found(let story) = try await published(id: id),
            let photo = try await StoryPhotoRecord.query(on: reader).filter(\.$story.$id == id).first()
        else { return nil }
        guard !photo.showsFace || story.consent.allows(.face, at: services.now()) else { return nil }
        return photo
    }

    /// The photo of any story, for the moderators reviewing it.
    public func photo(of record: StoryRecord) async throws -> StoryPhotoRecord? {
        try await StoryPhotoRecord.query(on: database).filter(\.$story.$id == record.requireID()).first()
    }

    /// A moderator says whether a face can be seen (there is no face detector).
    public func markPhoto(of record: StoryRecord, showsFace: Bool, by actor: Actor) async throws {
        guard let photo = try await photo(of: record) else { return }
        photo.showsFace = showsFace
        try await database.transaction { db in
            try await photo.save(on: db)
            try await audit(action: showsFace ? "mark-face" : "mark-no-face", story: record.id, by: actor, on: db)
        }
        services.pageCache.removeAll()
    }
}
