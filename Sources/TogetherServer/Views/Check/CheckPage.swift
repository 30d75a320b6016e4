import Foundation
import Localization
import NarrativeChecker

/// The "Check a message" page: the form, and after a check the message with its findings marked,
/// each explained, and what already works well.
struct CheckPage {
    struct Input {
        var text = ""
        var language = "auto"
        var medium = Medium.post.rawValue
    }

    struct Segment {
        let text: String
        let number: Int?
        let severity: String?
    }

    struct Item {
        let number: Int
        let severity: String
        let severityLabel: String
        let categoryLabel: String
        let message: String
        let text: String
        let suggestions: String?
        let source: String?
        let sourceURL: String?
        let quotedNote: String?
    }

    struct StrengthItem {
        let message: String
        let examples: String
    }

    let title: String
    let action: String
    let csrf: String
    let fields: [FieldModel]
    let problem: String?
    let hasReport: Bool
    let languageNote: String?
    let segments: [Segment]
    let items: [Item]
    let strengths: [StrengthItem]
    let lang: String
    let dir: String
    let apiURL = SiteRoute.apiCheck.path()
    let scriptURL = SiteRoute.checkScript.path()
}
