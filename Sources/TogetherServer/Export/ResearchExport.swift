import Foundation
import Stories

/// What researchers receive: published stories whose teller's consent to publish is in force, with
/// no contact, receipt, credited name or facilitator, and counts with small cells hidden.
public struct ResearchExport: Sendable {
    public struct Story: Sendable, Encodable {
        public let id: String
        public let language: String
        public let voice: String
        public let themes: [String]
        public let country: String
        public let region: String?
        /// The day only.
        public let publishedOn: String?
        public let isTranslation: Bool
        public let title: String
        public let summary: String
        public let body: String
    }

    public let stories: [Story]
    public let tables: [String: CountTable]

    /// Reads every published story page by page (consent is checked as it is read).
    public static func make(from desk: StoryDesk, threshold: Int = 5) async throws -> ResearchExport {
        var published: [PublishedStory] = []
        var cursor: StoryCursor? = .start
        while let next = cursor {
            let page = try await desk.published(StoryFilter(), from: next, pageSize: 500)
            published += page.items
            cursor = page.next
        }
        let day = DateFormatter()
        day.locale = Locale(identifier: "en_US_POSIX")
        day.timeZone = TimeZone(identifier: "UTC")
        day.dateFormat = "yyyy-MM-dd"
        let stories = published.map { story in
            Story(
                id: story.id.uuidString.lowercased(), language: story.language, voice: story.voice, themes: story.themes,
                country: story.place.country, region: story.place.region, publishedOn: story.publishedAt.map(day.string(from:)),
                isTranslation: story.translationOf != nil, title: story.title, summary: story.summary, body: story.body)
        }
        let originals = stories.filter { !$0.isTranslation }
        let tables = [
            "stories-by-voice-and-country": CountTable(
                rowName: "voice", columnName: "country", pairs: originals.map { ($0.voice, $0.country) }, threshold: threshold),
            "stories-by-theme-and-language": CountTable(
                rowName: "theme", columnName: "language", pairs: originals.flatMap { story in story.themes.map { ($0, story.language) } },
                threshold: threshold),
        ]
        return ResearchExport(stories: stories, tables: tables)
    }

    /// Writes `stories.jsonl` and one CSV per table into `directory` (created if missing).
    public func write(to directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var lines = Data()
        for story in stories {
            lines.append(try encoder.encode(story))
            lines.append(0x0A)
        }
        try lines.write(to: directory.appendingPathComponent("stories.jsonl"))
        for (name, table) in tables {
            try Data(table.csv.utf8).write(to: directory.appendingPathComponent(name + ".csv"))
        }
    }
}
