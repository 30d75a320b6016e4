import FluentKit
import Foundation

/// A one-time link: either for creating the first administrator, or for an invited staff member
/// to choose their password. Stored as a hash; expires; usable once.
public final class SetupToken: Model, @unchecked Sendable {
    public static let schema = "setup_tokens"

    public enum Purpose: String, Codable, Sendable {
        case firstAdministrator = "first-administrator"
        case invitation
    }

    @ID(key: .id) public var id: UUID?
    @Field(key: "token_hash") public var tokenHash: String
    @Enum(key: "purpose") public var purpose: Purpose
    @OptionalParent(key: "user_id") public var user: User?
    @Field(key: "expires_at") public var expiresAt: Date
    @OptionalField(key: "used_at") public var usedAt: Date?

    public init() {}

    public init(tokenHash: String, purpose: Purpose, userID: UUID?, expiresAt: Date) {
        self.tokenHash = tokenHash
        self.purpose = purpose
        self.$user.id = userID
        self.expiresAt = expiresAt
    }

    public func isUsable(at now: Date) -> Bool { usedAt == nil && expiresAt > now }
}
