import Foundation

/// Numbers and dates written the way a reader of the language expects.
public struct LocaleFormat: Sendable {
    public let locale: Locale

    public init(language: Language) {
        self.locale = Locale(identifier: language.code)
    }

    public func number(_ value: Int) -> String {
        value.formatted(.number.locale(locale))
    }

    /// A decimal with exactly `digits` places after the point, sign shown when negative.
    public func decimal(_ value: Double, digits: Int = 2) -> String {
        Self.withoutNegativeZero(value, digits: digits).formatted(.number.precision(.fractionLength(digits)).locale(locale))
    }

    /// A share as a percentage, e.g. 0.125 → "12.5%" (or the language's own way of writing it).
    public func percent(_ value: Double, digits: Int = 1) -> String {
        Self.withoutNegativeZero(value, digits: digits + 2).formatted(.percent.precision(.fractionLength(digits)).locale(locale))
    }

    /// A value that rounds to zero at `digits` is written 0, never "-0.00".
    static func withoutNegativeZero(_ value: Double, digits: Int) -> Double {
        abs(value) < 0.5 * pow(10, -Double(digits)) ? 0 : value
    }

    /// A calendar date without time, e.g. "23 November 2026" / "٢٣ نوفمبر ٢٠٢٦".
    public func date(_ date: Date, timeZone: TimeZone = .gmt) -> String {
        var style = Date.FormatStyle(date: .long, time: .omitted, locale: locale)
        style.timeZone = timeZone
        return date.formatted(style)
    }

    /// A date with the time of day, e.g. "23 November 2026 at 14:05".
    public func dateTime(_ date: Date, timeZone: TimeZone = .gmt) -> String {
        var style = Date.FormatStyle(date: .long, time: .shortened, locale: locale)
        style.timeZone = timeZone
        return date.formatted(style)
    }
}
