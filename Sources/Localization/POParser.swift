/// Reads the gettext PO format: `msgctxt`, `msgid`, `msgid_plural`, `msgstr`, `msgstr[N]`,
/// continuation lines and C escapes. Comments and flags are skipped.
public enum POParser {
    public static func parse(_ text: String) throws(CatalogError) -> [POEntry] {
        var entries: [POEntry] = []
        var current = Draft()
        var lastField: Field?

        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = offset + 1
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") {
                if line.isEmpty, current.hasContent {
                    entries.append(try current.finish())
                    current = Draft()
                    lastField = nil
                }
                continue
            }
            if line.hasPrefix("\"") {
                guard let field = lastField else {
                    throw CatalogError(line: lineNumber, reason: "a quoted line must follow msgid, msgstr or msgctxt")
                }
                current.append(try unquote(line, line: lineNumber), to: field)
                continue
            }
            let keyword = String(line.prefix { !$0.isWhitespace })
            let rest = line.dropFirst(keyword.count).trimmingCharacters(in: .whitespaces)
            guard let field = Field(keyword: keyword) else {
                throw CatalogError(line: lineNumber, reason: "unknown keyword '\(keyword.prefix(40))'")
            }
            // A new msgctxt or msgid after a msgstr starts the next entry even without a blank line.
            if field.startsEntry, current.hasTranslation {
                entries.append(try current.finish())
                current = Draft()
            }
            if current.line == 0 { current.line = lineNumber }
            try current.set(field, to: try unquote(rest, line: lineNumber), line: lineNumber)
            lastField = field
        }
        if current.hasContent { entries.append(try current.finish()) }
        return entries
    }

    static func unquote(_ token: String, line: Int) throws(CatalogError) -> String {
        guard token.count >= 2, token.hasPrefix("\""), token.hasSuffix("\"") else {
            throw CatalogError(line: line, reason: "expected a string in double quotes")
        }
        var result = ""
        var escaping = false
        for character in token.dropFirst().dropLast() {
            if escaping {
                switch character {
                case "n": result.append("\n")
                case "t": result.append("\t")
                case "\"", "\\": result.append(character)
                default: throw CatalogError(line: line, reason: "unknown escape '\\\(character)'")
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else if character == "\"" {
                throw CatalogError(line: line, reason: "a double quote inside a string must be written \\\"")
            } else {
                result.append(character)
            }
        }
        if escaping { throw CatalogError(line: line, reason: "string ends with a lone backslash") }
        return result
    }
}

extension POParser {
    enum Field: Equatable {
        case context, id, pluralID, translation(Int)

        init?(keyword: String) {
            switch keyword {
            case "msgctxt": self = .context
            case "msgid": self = .id
            case "msgid_plural": self = .pluralID
            case "msgstr": self = .translation(0)
            default:
                guard keyword.hasPrefix("msgstr["), keyword.hasSuffix("]"),
                    let index = Int(keyword.dropFirst(7).dropLast()), (0..<6).contains(index)
                else { return nil }
                self = .translation(index)
            }
        }

        var startsEntry: Bool { self == .context || self == .id }
    }

    struct Draft {
        var context: String?
        var id: String?
        var pluralID: String?
        var translations: [Int: String] = [:]
        var line = 0

        var hasContent: Bool { context != nil || id != nil || !translations.isEmpty }
        var hasTranslation: Bool { !translations.isEmpty }

        mutating func set(_ field: Field, to value: String, line: Int) throws(CatalogError) {
            switch field {
            case .context:
                guard context == nil else { throw CatalogError(line: line, reason: "msgctxt given twice") }
                context = value
            case .id:
                guard id == nil else { throw CatalogError(line: line, reason: "msgid given twice") }
                id = value
            case .pluralID: pluralID = value
            case .translation(let index):
                guard translations[index] == nil else {
                    throw CatalogError(line: line, reason: "msgstr[\(index)] given twice")
                }
                translations[index] = value
            }
        }

        mutating func append(_ value: String, to field: Field) {
            switch field {
            case .context: context = (context ?? "") + value
            case .id: id = (id ?? "") + value
            case .pluralID: pluralID = (pluralID ?? "") + value
            case .translation(let index): translations[index, default: ""] += value
            }
        }

        func finish() throws(CatalogError) -> POEntry {
            guard let id else { throw CatalogError(line: line, reason: "entry has no msgid") }
            guard !translations.isEmpty else { throw CatalogError(line: line, reason: "entry has no msgstr") }
            let ordered = (0..<translations.count).map { translations[$0] }
            let forms = ordered.compactMap { $0 }
            guard forms.count == ordered.count else {
                throw CatalogError(line: line, reason: "plural forms must be numbered from msgstr[0] without gaps")
            }
            return POEntry(context: context, id: id, pluralID: pluralID, translations: forms, line: line)
        }
    }
}
