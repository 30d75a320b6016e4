import Foundation

/// Built-in outcome items: the European Social Survey's immigration items, with their exact
/// wording, scales and missing codes, in every UI language (`Resources/items`).
struct ItemBank: Sendable {
    struct Item: Sendable, Decodable {
        let id: String
        /// "0-10" or "1-4".
        let scale: String
        let missing: Missing
        let text: [String: String]
        let low: [String: String]?
        let high: [String: String]?
        let options: [String: [String]]?
        let translation: [String: String]
    }

    struct Missing: Sendable, Decodable {
        let refusal: Int
        let dontKnow: Int
    }

    private struct File: Decodable {
        let source: String
        let items: [Item]
        let dontKnow: [String: String]
        let refusal: [String: String]
    }

    let source: String
    let items: [Item]
    let dontKnow: [String: String]
    let refusal: [String: String]

    func item(_ id: String) -> Item? { items.first { $0.id == id } }

    static func load(from url: URL, languages: [String]) throws -> ItemBank {
        guard let data = try? Data(contentsOf: url) else { throw ResourceError.missing(url.lastPathComponent) }
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: data)
        } catch {
            throw ResourceError.brokenData(url.lastPathComponent, reason: "not the item bank's JSON shape (\(error))")
        }
        // Every item must speak every UI language, or a respondent would meet a question they cannot read.
        for item in file.items {
            for language in languages {
                let complete =
                    item.text[language] != nil
                    && (item.scale == "0-10"
                        ? item.low?[language] != nil && item.high?[language] != nil : item.options?[language]?.count == 4)
                guard complete, file.dontKnow[language] != nil, file.refusal[language] != nil else {
                    throw ResourceError.brokenData(url.lastPathComponent, reason: "item \(item.id) lacks \(language)")
                }
            }
        }
        return ItemBank(source: file.source, items: file.items, dontKnow: file.dontKnow, refusal: file.refusal)
    }
}
