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
        return tightened(text.trimmingCharacters(in: .whitespaces))
    }

    /// Outside quoted strings: no space after a colon or a comma (a space is only ever meaningful
    /// before a colon), and no semicolon before a closing brace.
    private static func tightened(_ css: String) -> String {
        var result = ""
        result.reserveCapacity(css.utf8.count)
        var quote: Character?
        var dropSpace = false
        for character in css {
            if let open = quote {
                result.append(character)
                if character == open { quote = nil }
                continue
            }
            if dropSpace, character == " " { continue }
            dropSpace = false
            switch character {
            case "\"", "'":
                quote = character
            case ":", ",":
                dropSpace = true
            case "}" where result.last == ";":
                result.removeLast()
            default:
                break
            }
            result.append(character)
        }
        return result
    }
}
