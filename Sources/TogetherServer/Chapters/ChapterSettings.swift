import Foundation

/// What an administrator sets for a chapter, read from the form and checked: every problem is
/// named by its field, as a message key of the catalog.
struct ChapterSettings: Sendable, Equatable {
    var name: String
    var slug: String
    var host: String?
    var colour: String
    var accent: String
    var showsPlatformBrand: Bool
    var languageCodes: [String]
    var logoText: String

    /// Path words the site itself uses right after `/c/`: never a chapter's short name.
    static let reservedSlugs: Set<String> = ["api", "static", "media", "embed", "feeds", "calendar", "staff"]

    static func read(_ form: FormFields, siteLanguages: [String]) -> (settings: ChapterSettings?, errors: FieldErrors) {
        var errors = FieldErrors()
        let name = form.trimmed("name")
        if name.isEmpty || name.count > 80 { errors.add("name", "chapter_error_name") }
        let slug = form.trimmed("slug").lowercased()
        if !isValidSlug(slug) { errors.add("slug", "chapter_error_slug") }
        let hostText = form.trimmed("host").lowercased()
        if !hostText.isEmpty && !isValidHost(hostText) { errors.add("host", "chapter_error_host") }
        let colour = form.trimmed("colour").lowercased()
        if (ColourContrast.ratio(colour, ColourContrast.white) ?? 0) < 4.5
            || (ColourContrast.ratio(colour, ColourContrast.alternateBackground) ?? 0) < 4.5
        {
            errors.add("colour", "chapter_error_colour")
        }
        let accent = form.trimmed("accent").lowercased()
        if (ColourContrast.ratio(accent, ColourContrast.pageBackground) ?? 0) < 3 { errors.add("accent", "chapter_error_accent") }
        let logoText = form.trimmed("logoText")
        if logoText.count > 120 { errors.add("logoText", "chapter_error_logo_text") }
        let languages = form.all("languages").filter { siteLanguages.contains($0) }
        guard errors.isEmpty else { return (nil, errors) }
        return (
            ChapterSettings(
                name: name, slug: slug, host: hostText.isEmpty ? nil : hostText, colour: colour, accent: accent,
                showsPlatformBrand: form["brand"] == "on", languageCodes: siteLanguages.filter { languages.contains($0) },
                logoText: logoText), errors
        )
    }

    /// 2 to 40 lower-case ASCII letters, digits or hyphens, starting with a letter.
    static func isValidSlug(_ slug: String) -> Bool {
        guard (2...40).contains(slug.count), let first = slug.unicodeScalars.first, ("a"..."z").contains(first),
            !reservedSlugs.contains(slug), !slug.hasSuffix("-")
        else { return false }
        return slug.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// A DNS name of at least two labels: letters, digits and inner hyphens, no port or path.
    static func isValidHost(_ host: String) -> Bool {
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard host.count <= 253, labels.count >= 2 else { return false }
        return labels.allSatisfy { label in
            (1...63).contains(label.count) && label.first != "-" && label.last != "-"
                && label.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        }
    }
}
