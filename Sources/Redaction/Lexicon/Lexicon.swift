import Foundation

/// One language's words around personal details, read from `Resources/lexicon/<code>.json`: data a
/// partner can extend without touching code (see the resource folder's ATTRIBUTION.md).
public struct Lexicon: Sendable, Decodable {
    public var nameCues: [String]
    public var titles: [String]
    public var relations: [String]
    public var documents: [String: [String]]
    public var birthCues: [String]
    public var months: [[String]]
    public var streetTypes: [String]
    public var streetSuffixes: [String]
    public var addressCues: [String]
    public var arrivalCues: [String]
    public var employerCues: [String]
    public var placeCues: [String]

    public static let languageCodes = ["en", "de", "fr", "es", "it", "ar", "tr", "pt", "nl", "sv"]

    /// Reads a lexicon from JSON; a missing key or wrong type is named in the error.
    public static func decode(_ data: Data, file: String) throws(RedactionError) -> Lexicon {
        do {
            let lexicon = try JSONDecoder().decode(Lexicon.self, from: data)
            guard lexicon.months.count == 12 else {
                throw RedactionError.lexiconUnreadable(file: file, reason: "'months' must list the twelve months")
            }
            return lexicon
        } catch let error as RedactionError {
            throw error
        } catch let DecodingError.keyNotFound(key, _) {
            throw RedactionError.lexiconUnreadable(file: file, reason: "the list '\(key.stringValue)' is missing")
        } catch let DecodingError.typeMismatch(_, context) {
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw RedactionError.lexiconUnreadable(file: file, reason: "'\(path)' has the wrong kind of value")
        } catch {
            throw RedactionError.lexiconUnreadable(file: file, reason: "it is not valid JSON")
        }
    }

    /// The lexicons shipped with Together.
    public static func builtIn() throws(RedactionError) -> [String: Lexicon] {
        var lexicons: [String: Lexicon] = [:]
        for code in languageCodes {
            guard let url = Bundle.module.url(forResource: code, withExtension: "json", subdirectory: "lexicon"),
                let data = try? Data(contentsOf: url)
            else { throw RedactionError.lexiconUnreadable(file: "\(code).json", reason: "it is missing from the installation") }
            lexicons[code] = try decode(data, file: "\(code).json")
        }
        return lexicons
    }
}
