import FluentKit
import Foundation

/// A staff account. Storytellers and voters never need one.
public final class User: Model, @unchecked Sendable {
    public static let schema = "users"

    @ID(key: .id) public var id: UUID?
    /// The chapter this belongs to; nil for the main space.
    @OptionalField(key: "chapter_id") public var chapterID: UUID?
    /// Stored lower-cased so that sign-in does not depend on how the address was typed.
    @Field(key: "email") public var email: String
    @Field(key: "display_name") public var displayName: String
    /// Empty until the person has chosen a password through their invitation link.
    @Field(key: "password_hash") public var passwordHash: String
    @Enum(key: "role") public var role: Role
    @Field(key: "is_active") public var isActive: Bool
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(id: UUID? = nil, email: String, displayName: String, passwordHash: String, role: Role) {
        self.id = id
        self.email = User.normalise(email: email)
        self.displayName = displayName
        self.passwordHash = passwordHash
        self.role = role
        self.isActive = true
    }

    public static func normalise(email: String) -> String {
        email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }
}
