import Foundation

/// Shrinks the stylesheet for the wire: comments out, runs of white space folded, no space
/// around braces and semicolons. It never touches the space before a colon, which can be a
/// descendant selector (`.menu :focus`).
enum StylesheetMinifier {
    static func minify(_ css: String) -> String {
        var text = css.replacingOccurrences(of: #"/\*[\s\S]*?\*/"#, with: "", options: .regularExpression)
        text = text.replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression)
        text = text.replacingOccurrences(of: #"\s*([{};])\s*"#, with: "$1", options: .regularExpression)
        text = text.replacingOccurrences(of: #"\s*\}\s*"#, with: "}", options: .regularExpression)
        return text.trimmingCharacters(in: .whitespaces)
    }
}
