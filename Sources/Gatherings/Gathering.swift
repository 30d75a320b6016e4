import Foundation

/// A gathering as people read it and calendars carry it: co-hosted, somewhere named in words, at a
/// time in a time zone, open to a number of people.
public struct Gathering: Sendable, Equatable {
    public var id: UUID
    public var title: String
    public var description: String
    /// The language the title and description are written in, as a code ("ar"); empty when not known.
    /// Pages mark the text with it (screen readers switch voice) and calendars carry it.
    public var textLanguage: String
    public var category: GatheringCategory
    public var hosts: [Host]
    /// Where, as the organisers say it ("the community garden behind the library"): no street address required.
    public var venue: String
    public var start: Date
    public var end: Date
    /// An IANA time zone ("Europe/Berlin"): the time is shown as it is there.
    public var timeZone: String
    /// Languages spoken, as codes ("de", "ar").
    public var languages: [String]
    public var accessibility: String
    /// Places, or nil for no limit.
    public var capacity: Int?
    /// What it costs, in the organisers' words; empty means free.
    public var cost: String

    public init(
        id: UUID, title: String, description: String, category: GatheringCategory, hosts: [Host], venue: String, start: Date, end: Date,
        timeZone: String, languages: [String] = [], accessibility: String = "", capacity: Int? = nil, cost: String = "",
        textLanguage: String = ""
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.textLanguage = textLanguage
        self.category = category
        self.hosts = hosts
        self.venue = venue
        self.start = start
        self.end = end
        self.timeZone = timeZone
        self.languages = languages
        self.accessibility = accessibility
        self.capacity = capacity
        self.cost = cost
    }

    /// Co-hosted as the guidance asks: someone from the host community and someone new, together.
    public var isCoHosted: Bool {
        hosts.contains { $0.community == .host } && hosts.contains { $0.community == .newcomer }
    }
}

/// What people do together. Food, music, art and sport are the guidance's own examples.
public enum GatheringCategory: String, Sendable, CaseIterable, Codable {
    case food, music, art, sport, other
}

/// An organiser, as they describe themselves.
public struct Host: Sendable, Equatable {
    public enum Community: String, Sendable, CaseIterable, Codable {
        /// Has lived here a long time.
        case host
        /// Came here more recently.
        case newcomer
    }

    public var name: String
    public var community: Community

    public init(name: String, community: Community) {
        self.name = name
        self.community = community
    }
}
