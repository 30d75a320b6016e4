import Foundation

/// Times as people read them on a clock where a gathering happens.
public enum LocalTime {
    /// "2026-12-05T18:00" (what a date-time field sends) in `zone`; nil if it is not such a time. A
    /// clock time skipped by a change to summer time is read as the moment after the change.
    public static func date(_ text: String, in zone: TimeZone) -> Date? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(whereSeparator: { $0 == "T" || $0 == " " })
        guard parts.count == 2 else { return nil }
        let day = parts[0].split(separator: "-").compactMap { Int($0) }
        let clock = parts[1].split(separator: ":").compactMap { Int($0) }
        guard day.count == 3, (2...3).contains(clock.count), parts[0].split(separator: "-").count == 3 else { return nil }
        var components = DateComponents()
        (components.year, components.month, components.day) = (day[0], day[1], day[2])
        (components.hour, components.minute) = (clock[0], clock[1])
        guard (2000...2200).contains(day[0]), (1...12).contains(day[1]), (1...31).contains(day[2]), (0...23).contains(clock[0]),
            (0...59).contains(clock[1])
        else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        // 31 February would become 3 March in Calendar: refuse a day the month does not have.
        guard let first = calendar.date(from: DateComponents(year: day[0], month: day[1], day: 1)),
            calendar.range(of: .day, in: .month, for: first)?.contains(day[2]) ?? false,
            let date = calendar.date(from: components)
        else { return nil }
        return date
    }

    /// The value a date-time field shows for `date` in `zone` ("2026-12-05T18:00").
    public static func text(_ date: Date, in zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02dT%02d:%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!)
    }
}
