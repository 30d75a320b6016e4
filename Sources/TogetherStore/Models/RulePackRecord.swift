import FluentKit
import Foundation

/// An uploaded rule pack: its name, language and YAML text as the administrator sent it.
public final class RulePackRecord: Model, @unchecked Sendable {
    public static let schema = "rule_packs"

    @ID(key: .id) public var id: UUID?
    /// The chapter this belongs to; nil for the main space.
    @OptionalField(key: "chapter_id") public var chapterID: UUID?
    @Field(key: "name") public var name: String
    @Field(key: "language") public var language: String
    @Field(key: "source") public var source: String
    @OptionalField(key: "uploaded_by") public var uploadedBy: UUID?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(name: String, language: String, source: String, uploadedBy: UUID?) {
        self.name = name
        self.language = language
        self.source = source
        self.uploadedBy = uploadedBy
    }
}
