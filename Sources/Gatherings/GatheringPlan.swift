import Foundation

/// What organisers type when they plan a gathering, before it is checked: the times as they read on
/// a clock where it happens ("2026-12-05T18:00"), in the gathering's time zone.
public struct GatheringPlan: Sendable {
    public var title = ""
    public var description = ""
    /// The language of the title and description, as a code ("ar"); anything else is dropped.
    public var textLanguage = ""
    public var category = ""
    public var hosts: [(name: String, community: String)] = []
    public var venue = ""
    public var start = ""
    public var end = ""
    public var timeZone = ""
    public var languages: [String] = []
    public var accessibility = ""
    public var capacity = ""
    public var cost = ""

    public init() {}

    /// Languages organisers choose from, for what is spoken and for what the text is written in: the
    /// site's own and those many newcomers speak. The form offers them and the controller accepts only them.
    public static let offeredLanguages = ["en", "fr", "es", "de", "it", "ar", "tr", "pt", "uk", "fa", "ti", "so"]

    public static let maximumTitleLength = 120
    public static let maximumTextLength = 2_000
    public static let maximumHosts = 4
    public static let maximumCapacity = 100_000
    /// A gathering is an afternoon or an evening, or a weekend festival; not a season.
    public static let maximumDuration: TimeInterval = 7 * 24 * 3600

    /// The gathering, or every problem with the plan (each said so organisers can fix it).
    public func gathering(id: UUID, now: Date) -> Result<Gathering, GatheringProblems> {
        var problems: [GatheringProblem] = []
        let title = title.trimmingCharacters(in: .whitespacesAndNewlines)
        if title.isEmpty { problems.append(.titleMissing) } else if title.count > Self.maximumTitleLength { problems.append(.titleTooLong) }
        if description.count > Self.maximumTextLength || accessibility.count > Self.maximumTextLength || cost.count > 200 {
            problems.append(.textTooLong)
        }
        let category = GatheringCategory(rawValue: category)
        if category == nil { problems.append(.categoryUnknown) }
        let hosts = self.hosts.compactMap { host -> Host? in
            let name = host.name.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !name.isEmpty else { return nil }
            return Host(name: String(name.prefix(80)), community: Host.Community(rawValue: host.community) ?? .host)
        }
        if hosts.count < 2 || hosts.count > Self.maximumHosts {
            problems.append(.hostsCount)
        } else if !(hosts.contains { $0.community == .host } && hosts.contains { $0.community == .newcomer }) {
            problems.append(.hostsNotMixed)
        }
        let venue = venue.trimmingCharacters(in: .whitespacesAndNewlines)
        if venue.isEmpty || venue.count > 200 { problems.append(.venueMissing) }
        var capacity: Int?
        let capacityText = self.capacity.trimmingCharacters(in: .whitespaces)
        if !capacityText.isEmpty {
            if let value = Int(capacityText), (1...Self.maximumCapacity).contains(value) {
                capacity = value
            } else {
                problems.append(.capacityInvalid)
            }
        }
        var start: Date?
        var end: Date?
        if let zone = TimeZone(identifier: timeZone), TimeZone.knownTimeZoneIdentifiers.contains(timeZone) {
            start = LocalTime.date(self.start, in: zone)
            end = LocalTime.date(self.end, in: zone)
            if start == nil || end == nil {
                problems.append(.timeUnreadable)
            } else if let start, let end {
                if start <= now { problems.append(.startInPast) }
                if end <= start {
                    problems.append(.endBeforeStart)
                } else if end.timeIntervalSince(start) > Self.maximumDuration {
                    problems.append(.tooLong)
                }
            }
        } else {
            problems.append(.timeZoneUnknown)
        }
        let languages = languages.filter { !$0.isEmpty }.prefix(10).map { String($0.prefix(12)) }
        guard problems.isEmpty, let category, let start, let end else { return .failure(GatheringProblems(problems)) }
        return .success(
            Gathering(
                id: id, title: title, description: description.trimmingCharacters(in: .whitespacesAndNewlines), category: category,
                hosts: hosts, venue: venue, start: start, end: end, timeZone: timeZone, languages: Array(languages),
                accessibility: accessibility.trimmingCharacters(in: .whitespacesAndNewlines), capacity: capacity,
                cost: cost.trimmingCharacters(in: .whitespacesAndNewlines), textLanguage: Self.languageCode(textLanguage)))
    }
}

extension GatheringPlan {
    /// A language code of two or three letters, lower-cased, or empty: only a code may go into a
    /// page's `lang` attribute or a calendar's LANGUAGE parameter.
    static func languageCode(_ text: String) -> String {
        let code = text.trimmingCharacters(in: .whitespaces).lowercased()
        return (2...3).contains(code.count) && code.allSatisfy({ $0.isASCII && $0.isLetter }) ? code : ""
    }
}

/// Everything wrong with a plan at once, so organisers fix it in one go.
public struct GatheringProblems: Error, Sendable, Equatable {
    public let problems: [GatheringProblem]
    public init(_ problems: [GatheringProblem]) { self.problems = problems }
}

/// One thing wrong with a plan. Each has a text key, so a page says it in the reader's language.
public enum GatheringProblem: String, Sendable, CaseIterable, CustomStringConvertible {
    case titleMissing, titleTooLong, textTooLong, categoryUnknown, hostsCount, hostsNotMixed, venueMissing, capacityInvalid
    case timeZoneUnknown, timeUnreadable, startInPast, endBeforeStart, tooLong

    /// The key of the message in the interface's catalogs.
    public var messageKey: String {
        "gathering_error_"
            + rawValue.reduce(into: "") { key, character in
                if character.isUppercase { key += "_" + character.lowercased() } else { key.append(character) }
            }
    }

    public var description: String {
        switch self {
        case .titleMissing: return "Give the gathering a name."
        case .titleTooLong: return "The name is longer than \(GatheringPlan.maximumTitleLength) characters."
        case .textTooLong: return "A description is too long."
        case .categoryUnknown: return "Choose what people will do: food, music, art, sport or other."
        case .hostsCount: return "A gathering has two to four organisers."
        case .hostsNotMixed: return "Among the organisers, one lives here a long time and one came more recently."
        case .venueMissing: return "Say where it happens, in words (up to 200 characters)."
        case .capacityInvalid: return "Places must be a whole number from 1 to \(GatheringPlan.maximumCapacity), or empty for no limit."
        case .timeZoneUnknown: return "That time zone is not known; choose one such as Europe/Berlin."
        case .timeUnreadable: return "Give the start and end as a date and a time."
        case .startInPast: return "The start is in the past."
        case .endBeforeStart: return "The end comes before the start."
        case .tooLong: return "A gathering lasts at most a week."
        }
    }
}
