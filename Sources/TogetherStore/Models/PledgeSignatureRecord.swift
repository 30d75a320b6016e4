import FluentKit
import Foundation

/// One signature: an optional first name, shown publicly, and the hash of the signer's browser key.
public final class PledgeSignatureRecord: Model, @unchecked Sendable {
    public static let schema = "pledge_signatures"

    @ID(key: .id) public var id: UUID?
    @Field(key: "pledge_id") public var pledgeID: UUID
    @Field(key: "first_name") public var firstName: String
    @Field(key: "key_hash") public var keyHash: String
    @Timestamp(key: "signed_at", on: .create) public var signedAt: Date?

    public init() {}

    public init(pledgeID: UUID, firstName: String, keyHash: String) {
        self.pledgeID = pledgeID
        self.firstName = firstName
        self.keyHash = keyHash
    }
}
