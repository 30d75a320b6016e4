import FluentKit
import Foundation

/// A key sent with a submission (a hidden form field, or the API's `Idempotency-Key`), so that
/// pressing "send" twice makes one story, not two. Deleted with its story.
public final class StorySubmissionKey: Model, @unchecked Sendable {
    public static let schema = "story_submission_keys"

    @ID(key: .id) public var id: UUID?
    @Field(key: "key") public var key: String
    @Parent(key: "story_id") public var story: StoryRecord

    public init() {}

    public init(key: String, storyID: UUID) {
        self.key = key
        self.$story.id = storyID
    }
}
