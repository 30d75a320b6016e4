import FluentKit
import Foundation

/// A co-hosted gathering as stored; `Gatherings.Gathering` is the value pages and calendars use.
public final class GatheringRecord: Model, @unchecked Sendable {
    public static let schema = "gatherings"

    @ID(key: .id) public var id: UUID?
    /// The chapter this belongs to; nil for the main space.
    @OptionalField(key: "chapter_id") public var chapterID: UUID?
    @Field(key: "title") public var title: String
    @Field(key: "description") public var description: String
    /// The language code the title and description are written in; empty when not known.
    @Field(key: "text_language") public var textLanguage: String
    @Field(key: "category") public var category: String
    @Field(key: "venue") public var venue: String
    @Field(key: "starts_at") public var startsAt: Date
    @Field(key: "ends_at") public var endsAt: Date
    @Field(key: "time_zone") public var timeZone: String
    /// Language codes, comma-separated.
    @Field(key: "languages") public var languages: String
    @Field(key: "accessibility") public var accessibility: String
    @OptionalField(key: "capacity") public var capacity: Int?
    @Field(key: "cost") public var cost: String
    /// Places held by RSVPs that were not cancelled.
    @Field(key: "taken") public var taken: Int
    /// How many came, recorded by the organisers afterwards.
    @OptionalField(key: "attendance") public var attendance: Int?
    @Field(key: "cancelled") public var cancelled: Bool
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(
        id: UUID, title: String, description: String, category: String, venue: String, startsAt: Date, endsAt: Date, timeZone: String,
        languages: String, accessibility: String, capacity: Int?, cost: String, textLanguage: String = ""
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.textLanguage = textLanguage
        self.category = category
        self.venue = venue
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.timeZone = timeZone
        self.languages = languages
        self.accessibility = accessibility
        self.capacity = capacity
        self.cost = cost
        self.taken = 0
        self.cancelled = false
    }
}
