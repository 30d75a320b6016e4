import FluentKit
import Foundation

/// One consent scope a teller granted, with its optional end date.
public final class StoryConsentRecord: Model, @unchecked Sendable {
    public static let schema = "story_consents"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "story_id") public var story: StoryRecord
    @Field(key: "scope") public var scope: String
    @OptionalField(key: "until") public var until: Date?

    public init() {}

    public init(storyID: UUID, scope: String, until: Date?) {
        self.$story.id = storyID
        self.scope = scope
        self.until = until
    }
}
