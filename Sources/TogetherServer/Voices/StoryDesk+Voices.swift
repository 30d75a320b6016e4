import FluentKit
import Foundation
import Stories
import TogetherStore

/// The published stories as the voices dashboard counts them, and the minimum shares staff set.
extension StoryDesk {
    /// Published originals (a translation is the same voice again), with only what is counted.
    func voicesReport() async throws -> VoicesReport {
        let records = try await StoryRecord.query(on: reader).filter(\.$publishedVersion != nil).filter(\.$translationOf == nil)
            .filter(\.$chapterID == ChapterScope.space)
            .field(\.$id).field(\.$status).field(\.$voice).field(\.$gender).field(\.$isChild).field(\.$originRegion).field(\.$themes)
            .field(\.$language).field(\.$publishedAt).field(\.$featuredAt).field(\.$exceptional).all()
        let stories = records.filter { $0.status == StoryStatus.published.rawValue }.map { record in
            VoicesReport.Story(
                voice: record.voice, gender: record.gender, isChild: record.isChild, originRegion: record.originRegion,
                themes: record.themes.split(separator: ",").map(String.init), language: record.language, publishedAt: record.publishedAt,
                featured: record.featuredAt != nil, exceptional: record.exceptional)
        }
        return VoicesReport(stories: stories, now: services.now())
    }

    /// The share (0–1) under which a voice raises an alert, per voice; none set means no alert.
    func voiceMinimums() async throws -> [String: Double] {
        var minimums: [String: Double] = [:]
        let prefix = Self.minimumKeyPrefix
        for setting in try await Setting.query(on: database).filter(\.$id ~~ Voice.allCases.map { prefix + $0.rawValue }).all() {
            guard let key = setting.id, let value = Double(setting.value) else { continue }
            minimums[String(key.dropFirst(prefix.count))] = value
        }
        return minimums
    }

    /// Each chapter sets its own levels; the main space keeps the keys it always had.
    static var minimumKeyPrefix: String {
        ChapterScope.space.map { "voices.minimum.\($0.uuidString.lowercased())." } ?? "voices.minimum."
    }

    func setVoiceMinimums(_ minimums: [String: Double?]) async throws {
        // Read here: a transaction's closure may run outside the request's task and its task-locals.
        let prefix = Self.minimumKeyPrefix
        try await database.transaction { db in
            for (voice, value) in minimums {
                let key = prefix + voice
                try await Setting.query(on: db).filter(\.$id == key).delete()
                if let value { try await Setting(key: key, value: String(value)).create(on: db) }
            }
        }
    }
}
