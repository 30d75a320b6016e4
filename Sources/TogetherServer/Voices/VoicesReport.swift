import Foundation
import Stories

/// Whose voices the published stories carry: counts by voice, gender, age group, region of origin,
/// theme and language, for all published stories and for the featured ones, quarter by quarter, and
/// the share of stories of exceptional achievement. Only aggregates; a count under five is never
/// shown (it could point at a person).
struct VoicesReport: Sendable {
    /// One published original (translations are not counted again).
    struct Story: Sendable {
        let voice: String
        let gender: String
        let isChild: Bool
        let originRegion: String
        let themes: [String]
        let language: String
        let publishedAt: Date?
        let featured: Bool
        let exceptional: Bool
    }

    struct Cell: Sendable, Equatable {
        let key: String
        /// nil when suppressed (1–4).
        let count: Int?
        let share: Double?
    }

    struct Dimension: Sendable {
        let name: String
        let published: [Cell]
        let featured: [Cell]
    }

    static let smallest = 5

    let total: Int
    let featuredTotal: Int
    let dimensions: [Dimension]
    /// Quarter ("2026-Q3") → voice → count (suppressed under five).
    let quarters: [(quarter: String, cells: [Cell])]
    let exceptional: Cell
    let voiceShares: [String: Double]

    init(stories: [Story], now: Date, quarters quarterCount: Int = 8) {
        total = stories.count
        let featuredStories = stories.filter(\.featured)
        featuredTotal = featuredStories.count
        func cells(_ keys: [String], _ values: [[String]], total: Int) -> [Cell] {
            var counts: [String: Int] = [:]
            for list in values { for value in list { counts[value, default: 0] += 1 } }
            return Self.protected(keys.map { key in Self.cell(key, counts[key] ?? 0, of: total) })
        }
        let extractors: [(String, [String], (Story) -> [String])] = [
            ("voice", Voice.allCases.map(\.rawValue), { [$0.voice] }),
            ("gender", Gender.allCases.map(\.rawValue) + [""], { [$0.gender] }),
            ("age", AgeGroup.allCases.map(\.rawValue), { [$0.isChild ? AgeGroup.child.rawValue : AgeGroup.adult.rawValue] }),
            ("origin", OriginRegion.allCases.map(\.rawValue) + [""], { [$0.originRegion] }),
            ("theme", Theme.allCases.map(\.rawValue), { $0.themes }),
            ("language", Array(Set(stories.map(\.language))).sorted(), { [$0.language] }),
        ]
        dimensions = extractors.map { name, keys, extract in
            Dimension(
                name: name, published: cells(keys, stories.map(extract), total: stories.count),
                featured: cells(keys, featuredStories.map(extract), total: featuredStories.count))
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .gmt
        func quarter(_ date: Date) -> String {
            let parts = calendar.dateComponents([.year, .month], from: date)
            return "\(parts.year ?? 0)-Q\(((parts.month ?? 1) - 1) / 3 + 1)"
        }
        let recent = (0..<quarterCount).reversed().compactMap { calendar.date(byAdding: .month, value: -3 * $0, to: now).map(quarter) }
        var byQuarter: [String: [Story]] = [:]
        for story in stories { if let date = story.publishedAt { byQuarter[quarter(date), default: []].append(story) } }
        quarters = recent.map { name in
            let inQuarter = byQuarter[name] ?? []
            return (name, cells(Voice.allCases.map(\.rawValue), inQuarter.map { [$0.voice] }, total: inQuarter.count))
        }
        exceptional = Self.cell("exceptional", stories.filter(\.exceptional).count, of: stories.count)
        var shares: [String: Double] = [:]
        for voice in Voice.allCases {
            shares[voice.rawValue] =
                stories.isEmpty ? 0 : Double(stories.filter { $0.voice == voice.rawValue }.count) / Double(stories.count)
        }
        voiceShares = shares
    }

    /// One hidden count among shown ones and a shown total could be found by subtraction: then the
    /// smallest shown count (above zero) is hidden too.
    static func protected(_ cells: [Cell]) -> [Cell] {
        guard cells.filter({ $0.count == nil }).count == 1,
            let smallest = cells.filter({ ($0.count ?? 0) > 0 }).min(by: { ($0.count ?? 0) < ($1.count ?? 0) })
        else { return cells }
        return cells.map { $0.key == smallest.key ? Cell(key: $0.key, count: nil, share: nil) : $0 }
    }

    static func cell(_ key: String, _ count: Int, of total: Int) -> Cell {
        // Zero is safe to show; one to four could point at a person.
        guard count == 0 || count >= smallest else { return Cell(key: key, count: nil, share: nil) }
        return Cell(key: key, count: count, share: total > 0 ? Double(count) / Double(total) : nil)
    }
}
