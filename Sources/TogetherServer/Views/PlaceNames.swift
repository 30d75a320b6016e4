import Foundation
import Localization
import NIOConcurrencyHelpers
import Stories

/// Country and language names in the reader's language, from the system's locale data, worked
/// out once per language: sorting 250 localized names on every request would cost more than the page.
enum PlaceNames {
    private static let countryCache = NIOLockedValueBox<[String: [(code: String, name: String)]]>([:])

    /// Every country, sorted by its name in `language`.
    static func countries(in language: Language) -> [(code: String, name: String)] {
        if let cached = countryCache.withLockedValue({ $0[language.code] }) { return cached }
        let locale = Locale(identifier: language.code)
        let sorted = Place.countryCodes.map { ($0, locale.localizedString(forRegionCode: $0) ?? $0) }
            .sorted { $0.1.compare($1.1, locale: locale) == .orderedAscending }
        countryCache.withLockedValue { $0[language.code] = sorted }
        return sorted
    }

    static func country(_ code: String, in language: Language) -> String {
        guard Place.countryCodes.contains(code) else { return code }
        return remembered("country:\(code):\(language.code)") {
            Locale(identifier: language.code).localizedString(forRegionCode: code) ?? code
        }
    }

    /// Names already worked out, by code and reader's language: asking the locale data costs
    /// more than rendering a whole story card. Bounded by the codes that exist.
    private static let names = NIOLockedValueBox<[String: String]>([:])

    private static func remembered(_ key: String, _ work: () -> String) -> String {
        if let known = names.withLockedValue({ $0[key] }) { return known }
        let name = work()
        names.withLockedValue { $0[key] = name }
        return name
    }

    /// Languages people often tell their stories in here; each shown in itself, then in the reader's language.
    static let storyLanguageCodes = [
        "ar", "en", "fr", "es", "fa", "ps", "ur", "ku", "tr", "ti", "am", "so", "sw", "ha", "yo", "ln", "wo", "ff", "uk", "ru", "pl", "ro",
        "sq", "bs", "sr", "hr", "el", "it", "de", "pt", "bn", "hi", "ta", "zh", "vi", "tl",
    ].filter(StoryLanguage.isKnown)

    static func languageName(_ code: String, in language: Language) -> String {
        // Only known codes are remembered, so the table cannot grow with what visitors type.
        guard StoryLanguage.isKnown(code) else { return code }
        return remembered("language:\(code):\(language.code)") {
            let own = Locale(identifier: code).localizedString(forLanguageCode: code) ?? code
            let reader = Locale(identifier: language.code).localizedString(forLanguageCode: code) ?? code
            return own == reader ? own : "\(own) (\(reader))"
        }
    }
}
