import Foundation

/// How pages lay out a story's text: one paragraph per line the teller wrote, blank lines dropped.
enum StoryText {
    static func paragraphs(_ body: String) -> [String] {
        // "\r\n" is one Character in Swift: splitting on "\n" alone would miss Windows line ends.
        body.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline).compactMap { line in
            let trimmed = trimmed(line)
            return trimmed.isEmpty ? nil : String(trimmed)
        }
    }

    /// Without spaces and tabs at either end (as `trimmingCharacters(in: .whitespaces)`, without the
    /// trip through Foundation that was a tenth of a search page's time).
    static func trimmed(_ text: Substring) -> Substring {
        let isBlank: (Character) -> Bool = { $0.isWhitespace && !$0.isNewline }
        guard let start = text.firstIndex(where: { !isBlank($0) }), let end = text.lastIndex(where: { !isBlank($0) }) else {
            return ""
        }
        return text[start...end]
    }

    static func direction(of language: String) -> String {
        StoryCard.rightToLeftLanguages.contains(language) ? "rtl" : "ltr"
    }
}
