import FluentKit
import Foundation

/// What remains of a withdrawn story: its id and the moment, nothing else, so partners can be
/// told to delete their copies.
public final class StoryTombstone: Model, @unchecked Sendable {
    public static let schema = "story_tombstones"

    @ID(key: .id) public var id: UUID?
    @Field(key: "withdrawn_at") public var withdrawnAt: Date

    public init() {}

    public init(id: UUID, withdrawnAt: Date) {
        self.id = id
        self.withdrawnAt = withdrawnAt
    }
}
