import Foundation

/// Built-in outcome items: the European Social Survey's immigration items, with their exact
/// wording, scales and missing codes, in every UI language (`Resources/items`), and the ESS
/// national questionnaires' own wording where we have it (France in French, Spain in Spanish).
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
        /// By national version code: that questionnaire's own wording, which names its country.
        let national: [String: Wording]?
    }

    /// One item as a national questionnaire words it.
    struct Wording: Sendable, Decodable {
        let text: String
        let low: String?
        let high: String?
        let options: [String]?
    }

    /// An ESS national questionnaire: used for a test in its language that names its country.
    struct NationalVersion: Sendable, Decodable {
        let code: String
        let language: String
        /// The country's names as staff may write them, lower-cased ("france", "la france").
        let countries: [String]
        /// Round, country and questions, for the record ("ESS round 6 (2012), France, questions B29–B34").
        let name: String
        let source: String
    }

    struct Missing: Sendable, Decodable {
        let refusal: Int
        let dontKnow: Int
    }

    private struct File: Decodable {
        let source: String
        let national: [NationalVersion]?
        let items: [Item]
        let dontKnow: [String: String]
        let refusal: [String: String]
    }

    let source: String
    let national: [NationalVersion]
    let items: [Item]
    let dontKnow: [String: String]
    let refusal: [String: String]

    func item(_ id: String) -> Item? { items.first { $0.id == id } }

    func nationalVersion(code: String) -> NationalVersion? { national.first { $0.code == code } }

    /// The national questionnaire for a test in `language` that names `country`, if we have it: the
    /// ESS France wording for a test in French about « la France », not for one about « la Belgique ».
    func nationalVersion(language: String, country: String) -> NationalVersion? {
        let name = country.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        return national.first { $0.language == language && $0.countries.contains(name) }
    }

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
        // A national version must word every item completely, or a test would mix two questionnaires.
        for version in file.national ?? [] {
            for item in file.items {
                guard let wording = item.national?[version.code],
                    item.scale == "0-10" ? wording.low != nil && wording.high != nil : wording.options?.count == 4
                else {
                    throw ResourceError.brokenData(url.lastPathComponent, reason: "item \(item.id) lacks the \(version.code) wording")
                }
            }
        }
        return ItemBank(
            source: file.source, national: file.national ?? [], items: file.items, dontKnow: file.dontKnow, refusal: file.refusal)
    }
}
