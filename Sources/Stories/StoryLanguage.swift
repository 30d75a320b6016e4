import Foundation

/// The language a story is told in: any ISO 639 code, not only the interface's languages, since
/// people tell their story in their own language.
public enum StoryLanguage {
    public static let codes: Set<String> = Set(Locale.LanguageCode.isoLanguageCodes.map(\.identifier))

    public static func isKnown(_ code: String) -> Bool {
        codes.contains(code.lowercased())
    }
}
