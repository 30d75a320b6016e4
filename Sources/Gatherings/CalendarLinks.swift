import Foundation

/// "Add to calendar" for people without a calendar file: a link that opens Google Calendar's form
/// filled in (Outlook and Apple Calendar open the .ics file).
public enum CalendarLinks {
    public static func google(_ gathering: Gathering, details: String) -> String {
        var components = URLComponents(string: "https://calendar.google.com/calendar/render")
        components?.queryItems = [
            URLQueryItem(name: "action", value: "TEMPLATE"), URLQueryItem(name: "text", value: gathering.title),
            URLQueryItem(name: "dates", value: ICalendar.utc(gathering.start) + "/" + ICalendar.utc(gathering.end)),
            URLQueryItem(name: "details", value: details), URLQueryItem(name: "location", value: gathering.venue),
            URLQueryItem(name: "ctz", value: gathering.timeZone),
        ]
        return components?.url?.absoluteString ?? ""
    }
}
