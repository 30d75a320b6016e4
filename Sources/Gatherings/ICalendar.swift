import Foundation

/// iCalendar (RFC 5545) for gatherings: a feed of several or one event to add. Times are written in
/// UTC (…Z), which every calendar converts to its reader's zone, so no VTIMEZONE is needed; the
/// gathering's own zone is named in the description.
public enum ICalendar {
    /// A calendar with `gatherings`; `domain` makes each event's UID unique to this installation, and
    /// `url` gives each event's page.
    public static func document(
        _ gatherings: [Gathering], name: String, domain: String, stamp: Date, url: (Gathering) -> String, cancelled: Set<UUID> = []
    ) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Together//Gatherings//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "X-WR-CALNAME:" + text(name),
        ]
        for gathering in gatherings {
            let hosts = gathering.hosts.map(\.name).joined(separator: ", ")
            // RFC 5545 3.2.10: the language of a text value, so a calendar can read it out right.
            // Checked again here: a value read back from storage must not be able to start a new line.
            let code = GatheringPlan.languageCode(gathering.textLanguage)
            let language = code.isEmpty ? "" : ";LANGUAGE=" + code
            let description = [gathering.description, hosts, gathering.accessibility, gathering.cost, url(gathering), gathering.timeZone]
                .filter { !$0.isEmpty }.joined(separator: "\n")
            lines += [
                "BEGIN:VEVENT",
                "UID:\(gathering.id.uuidString.lowercased())@\(domain)",
                "DTSTAMP:" + utc(stamp),
                "DTSTART:" + utc(gathering.start),
                "DTEND:" + utc(gathering.end),
                "SUMMARY\(language):" + text(gathering.title),
                "DESCRIPTION\(language):" + text(description),
                "LOCATION:" + text(gathering.venue),
                "CATEGORIES:" + gathering.category.rawValue.uppercased(),
                "URL:" + url(gathering),
                "STATUS:" + (cancelled.contains(gathering.id) ? "CANCELLED" : "CONFIRMED"),
                "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// 20261205T170000Z.
    public static func utc(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .gmt
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(
            format: "%04d%02d%02dT%02d%02d%02dZ", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
    }

    /// TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 3.3.11).
    static func text(_ value: String) -> String {
        var escaped = ""
        for character in value {
            switch character {
            case "\\": escaped += "\\\\"
            case ";": escaped += "\\;"
            case ",": escaped += "\\,"
            case "\n", "\r\n", "\r": escaped += "\\n"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// Lines longer than 75 octets continue on the next line after a space, never inside a character
    /// (RFC 5545 3.1).
    static func fold(_ line: String) -> String {
        var result = ""
        var length = 0
        var limit = 75
        for character in line {
            let size = String(character).utf8.count
            if length + size > limit {
                result += "\r\n "
                length = 0
                limit = 74
            }
            result.append(character)
            length += size
        }
        return result
    }
}
