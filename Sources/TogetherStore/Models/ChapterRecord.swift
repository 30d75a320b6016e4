import FluentKit
import Foundation

/// A local partner's own space in the installation: its name and colours, the languages it works
/// in, and where it is served (a path prefix `/c/slug`, and optionally a host name of its own).
/// Stories, gatherings, conversations, pledges, message tests, rule packs and staff accounts name
/// the chapter they belong to; a missing chapter means the installation's main space.
public final class ChapterRecord: Model, @unchecked Sendable {
    public static let schema = "chapters"

    @ID(key: .id) public var id: UUID?
    @Field(key: "slug") public var slug: String
    @Field(key: "name") public var name: String
    /// A host name of its own (`lyon.example.org`), or nil when it is served only under `/c/slug`.
    @OptionalField(key: "host") public var host: String?
    /// `#rrggbb`, checked for contrast when saved.
    @Field(key: "colour") public var colour: String
    @Field(key: "accent") public var accent: String
    /// Whether the platform's own name appears beside the chapter's; a chapter can run unbranded.
    @Field(key: "shows_platform_brand") public var showsPlatformBrand: Bool
    /// Language codes, comma-separated, in the chapter's order of preference.
    @Field(key: "languages") public var languagesValue: String
    /// The logo, cleaned of metadata like a story's photo; nil for none.
    @OptionalField(key: "logo") public var logo: Data?
    @Field(key: "logo_type") public var logoType: String
    @Field(key: "logo_text") public var logoText: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(slug: String, name: String) {
        self.slug = slug
        self.name = name
        self.colour = "#0a6b60"
        self.accent = "#b3430f"
        self.showsPlatformBrand = true
        self.languagesValue = ""
        self.logoType = ""
        self.logoText = ""
    }

    public var languageCodes: [String] { languagesValue.split(separator: ",").map(String.init) }
}
