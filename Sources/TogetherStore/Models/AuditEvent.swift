import FluentKit
import Foundation

/// Who did what to which story, when. Never the story's words or anyone's personal details.
public final class AuditEvent: Model, @unchecked Sendable {
    public static let schema = "audit_events"

    @ID(key: .id) public var id: UUID?
    @OptionalField(key: "actor_id") public var actorID: UUID?
    /// "teller", "admin", "moderator", "facilitator", "researcher" or "api:<token name>".
    @Field(key: "actor_role") public var actorRole: String
    @Field(key: "action") public var action: String
    @OptionalField(key: "story_id") public var storyID: UUID?
    @Field(key: "at") public var at: Date

    public init() {}

    public init(actorID: UUID?, actorRole: String, action: String, storyID: UUID?, at: Date) {
        self.actorID = actorID
        self.actorRole = actorRole
        self.action = action
        self.storyID = storyID
        self.at = at
    }
}
