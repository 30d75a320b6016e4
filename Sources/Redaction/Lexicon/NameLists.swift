import Foundation

/// Given names from `Resources/names`: `given-names.txt` are names on their own; names in
/// `ambiguous-names.txt` are also ordinary words ("Hope", "May") and count only after a cue.
public struct NameLists: Sendable {
    let given: Set<String>
    let ambiguous: Set<String>

    public init(given: some Sequence<String>, ambiguous: some Sequence<String>) {
        let ambiguousSet = Set(ambiguous.map { Characters.fold($0) })
        self.ambiguous = ambiguousSet
        self.given = Set(given.map { Characters.fold($0) }).subtracting(ambiguousSet).subtracting(PlaceNames.all)
    }

    /// One name per line; blank lines and lines starting with '#' are skipped, as is a comment after '#'.
    static func lines(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let name = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty ? nil : trimmed
        }
    }

    public static func builtIn() throws(RedactionError) -> NameLists {
        func read(_ name: String) throws(RedactionError) -> [String] {
            guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "names"),
                let text = try? String(contentsOf: url, encoding: .utf8)
            else { throw RedactionError.lexiconUnreadable(file: "\(name).txt", reason: "it is missing from the installation") }
            return lines(text)
        }
        return NameLists(given: try read("given-names"), ambiguous: try read("ambiguous-names"))
    }
}

/// Places that are also given names ("Jordan", "Florence"): never a name without a cue, as city and
/// country names must survive redaction.
enum PlaceNames {
    static let all: Set<String> = [
        "jordan", "chad", "georgia", "florence", "sydney", "paris", "victoria", "israel", "lebanon", "india", "china",
        "sudan", "mali", "niger", "kenya", "eritrea", "syria", "aleppo", "damascus", "homs", "kabul", "herat", "mosul",
        "berlin", "lyon", "madrid", "rome", "roma", "istanbul", "amman", "milan", "milano", "london", "austin", "houston",
        "dallas", "denver", "charlotte", "savannah", "adelaide", "alexandria", "medina", "mecca", "kerry", "orlando",
        "salvador", "santiago", "lima", "quito", "sofia", "valencia", "granada", "lourdes", "nancy", "angers", "ghana",
        "cuba", "malaga", "siena", "verona", "genova", "bari", "brest", "nice", "tours", "calais", "marseille",
        "الاردن", "سوريا", "حلب", "دمشق", "حمص", "لبنان", "بيروت", "بغداد", "الموصل", "كابول", "عمان", "القاهرة",
        "اسطنبول", "برلين", "باريس", "مدريد", "روما", "لندن", "ادلب", "درعا", "اللاذقية", "طرطوس", "حماة", "الرقة",
    ]
}
