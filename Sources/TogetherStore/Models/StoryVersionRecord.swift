import FluentKit
import Foundation

/// One version of a story's words. Every edit adds one; the teller approves one exact version.
public final class StoryVersionRecord: Model, @unchecked Sendable {
    public static let schema = "story_versions"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "story_id") public var story: StoryRecord
    @Field(key: "number") public var number: Int
    @Field(key: "title") public var title: String
    @Field(key: "summary") public var summary: String
    @Field(key: "body") public var body: String
    /// The staff member who wrote this version; nil for the teller's own.
    @OptionalField(key: "edited_by") public var editedBy: UUID?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(storyID: UUID, number: Int, title: String, summary: String, body: String, editedBy: UUID?) {
        self.$story.id = storyID
        self.number = number
        self.title = title
        self.summary = summary
        self.body = body
        self.editedBy = editedBy
    }
}
