import Foundation

/// How pages lay out a story's text: one paragraph per line the teller wrote, blank lines dropped.
enum StoryText {
    static func paragraphs(_ body: String) -> [String] {
        body.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static func direction(of language: String) -> String {
        StoryCard.rightToLeftLanguages.contains(language) ? "rtl" : "ltr"
    }
}
