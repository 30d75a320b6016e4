import FluentKit
import Foundation

/// Someone coming to a gathering, without an account: a name if they gave one, the places they
/// hold, and the hash of the private code that cancels it (the code itself is shown once).
public final class GatheringRSVPRecord: Model, @unchecked Sendable {
    public static let schema = "gathering_rsvps"

    @ID(key: .id) public var id: UUID?
    @Field(key: "gathering_id") public var gatheringID: UUID
    @Field(key: "name") public var name: String
    @Field(key: "places") public var places: Int
    @Field(key: "code_hash") public var codeHash: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @OptionalField(key: "cancelled_at") public var cancelledAt: Date?

    public init() {}

    public init(gatheringID: UUID, name: String, places: Int, codeHash: String) {
        self.gatheringID = gatheringID
        self.name = name
        self.places = places
        self.codeHash = codeHash
    }
}
