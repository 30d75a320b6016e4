import FluentKit
import Foundation

/// A story's photo (one per story), stored only after every piece of metadata was removed. Kept in
/// the database so that withdrawal erases it with the story's words, in the same transaction.
public final class StoryPhotoRecord: Model, @unchecked Sendable {
    public static let schema = "story_photos"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "story_id") public var story: StoryRecord
    @Field(key: "media_type") public var mediaType: String
    @Field(key: "bytes") public var bytes: Data
    /// Said by the teller or a moderator: there is no face detector.
    @Field(key: "shows_face") public var showsFace: Bool
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(storyID: UUID, mediaType: String, bytes: Data, showsFace: Bool) {
        self.$story.id = storyID
        self.mediaType = mediaType
        self.bytes = bytes
        self.showsFace = showsFace
    }
}
