import FluentKit
import Foundation

/// An organiser of a gathering, as they describe themselves (host community or newcomer).
public final class GatheringHostRecord: Model, @unchecked Sendable {
    public static let schema = "gathering_hosts"

    @ID(key: .id) public var id: UUID?
    @Field(key: "gathering_id") public var gatheringID: UUID
    @Field(key: "position") public var position: Int
    @Field(key: "name") public var name: String
    @Field(key: "community") public var community: String

    public init() {}

    public init(gatheringID: UUID, position: Int, name: String, community: String) {
        self.gatheringID = gatheringID
        self.position = position
        self.name = name
        self.community = community
    }
}
