import FluentKit
import Foundation

/// A personal detail a moderator chose to keep in a story (the teller's own choice, a public name):
/// its kind and a fingerprint of the words, never the words.
public final class RedactionDecisionRecord: Model, @unchecked Sendable {
    public static let schema = "story_redaction_decisions"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "story_id") public var story: StoryRecord
    @Field(key: "kind") public var kind: String
    @Field(key: "fingerprint") public var fingerprint: String
    @Field(key: "decided_at") public var decidedAt: Date

    public init() {}

    public init(storyID: UUID, kind: String, fingerprint: String, decidedAt: Date) {
        self.$story.id = storyID
        self.kind = kind
        self.fingerprint = fingerprint
        self.decidedAt = decidedAt
    }
}
