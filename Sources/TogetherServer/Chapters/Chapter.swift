import Foundation
import Localization
import TogetherStore

/// A chapter as pages need it: plain values read once from its record.
public struct Chapter: Sendable, Equatable {
    public let id: UUID
    public let slug: String
    public let name: String
    public let host: String?
    public let colour: String
    public let accent: String
    public let showsPlatformBrand: Bool
    /// The languages the chapter works in, in its order; empty means every language of the site.
    public let languageCodes: [String]
    public let hasLogo: Bool
    /// The logo's text alternative.
    public let logoText: String
    /// Changes when the chapter is edited, so its stylesheet and logo addresses change too.
    public let version: Int

    init(record: ChapterRecord) throws {
        id = try record.requireID()
        slug = record.slug
        name = record.name
        host = record.host
        colour = record.colour
        accent = record.accent
        showsPlatformBrand = record.showsPlatformBrand
        languageCodes = record.languageCodes
        hasLogo = record.logo != nil
        logoText = record.logoText
        version = Int((record.updatedAt ?? record.createdAt ?? Date(timeIntervalSince1970: 0)).timeIntervalSince1970)
    }

    /// Where the chapter's pages live when reached through the installation's own host name.
    public var pathPrefix: String { "/c/\(slug)" }

    /// The languages to offer in this chapter, in the chapter's order.
    func languages(of translations: Translations) -> [Language] {
        let chosen = languageCodes.compactMap { translations.language(code: $0) }
        return chosen.isEmpty ? translations.languages : chosen
    }
}
