import FluentKit
import Foundation

/// A bearer token for staff tools and scripts. Shown once when created, stored only as a hash.
public final class APIToken: Model, @unchecked Sendable {
    public static let schema = "api_tokens"

    @ID(key: .id) public var id: UUID?
    /// The chapter this belongs to; nil for the main space.
    @OptionalField(key: "chapter_id") public var chapterID: UUID?
    @Field(key: "name") public var name: String
    @Enum(key: "role") public var role: Role
    @Field(key: "token_hash") public var tokenHash: String
    @OptionalField(key: "revoked_at") public var revokedAt: Date?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(name: String, role: Role, tokenHash: String) {
        self.name = name
        self.role = role
        self.tokenHash = tokenHash
    }

    public var isRevoked: Bool { revokedAt != nil }
}
