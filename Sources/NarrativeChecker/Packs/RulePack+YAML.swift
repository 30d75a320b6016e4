import Foundation
import Yams

extension RulePack {
    /// Reads a pack from YAML text; every problem names the file and line to fix.
    public static func parse(yaml: String, file: String) throws(RulePackError) -> RulePack {
        let root: Node
        do {
            // Every value of a pack is read as text (numbers with Int()), so plain scalars need no type
            // guessing: the basic resolver spares a regular expression per key looked up.
            guard let node = try Yams.compose(yaml: yaml, .basic) else {
                throw RulePackError(file: file, line: nil, problem: "the file is empty.")
            }
            root = node
        } catch let error as RulePackError {
            throw error
        } catch {
            throw RulePackError(file: file, line: Self.line(of: error), problem: "this is not valid YAML: \(Self.problem(of: error))")
        }
        var reader = NodeReader(file: file)
        if let retired = root.mapping?["rejections"] {
            throw reader.error(
                retired,
                "`rejections` is no longer read: a quoted label beside a word of `reports` is reported speech, "
                    + "whatever follows it (docs/rule-packs.md). Delete the list; words by which a writer sides with "
                    + "the speaker belong in `endorsements`.")
        }
        let top = try reader.mapping(
            root, "the pack",
            keys: ["pack", "name", "lists"] + VocabularyList.allCases.map(\.key) + ["disable", "rules", "strengths"])
        reader.lists = try reader.namedLists(top["lists"])
        let language = try reader.string(top, "pack", in: root).lowercased()
        guard language.count >= 2, language.count <= 3, language.allSatisfy(\.isLetter) else {
            throw reader.error(top["pack"] ?? root, "`pack` must be a language code such as en, fr or ar.")
        }
        let name = try reader.optionalString(top, "name") ?? language
        var vocabulary = PackVocabulary()
        for list in VocabularyList.allCases {
            let node = top[list.key]
            vocabulary[list] = try list.isDenial ? reader.denials(node, list.key) : reader.terms(node, list.key) ?? []
        }
        let disabled = try reader.strings(top["disable"], "disable") ?? []
        var rules: [Rule] = []
        var ids: Set<String> = []
        if let rulesNode = top["rules"] {
            for node in try reader.sequence(rulesNode, "rules") {
                let rule = try reader.rule(node, language: language)
                guard ids.insert(rule.id).inserted else { throw reader.error(node, "the rule id \(rule.id) is used twice.") }
                rules.append(rule)
            }
        }
        var strengths: [StrengthRule] = []
        if let strengthsNode = top["strengths"] {
            for node in try reader.sequence(strengthsNode, "strengths") { strengths.append(try reader.strength(node)) }
        }
        return RulePack(
            language: language, name: name, vocabulary: vocabulary, rules: rules, strengths: strengths, disabled: disabled, file: file)
    }

    /// Reads `path`; a file that is not UTF-8 text is refused with a clear message.
    public static func load(contentsOf url: URL) throws(RulePackError) -> RulePack {
        let file = url.lastPathComponent
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw RulePackError(file: url.path, line: nil, problem: "the file cannot be read.")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw RulePackError(file: file, line: nil, problem: "the file is not UTF-8 text.")
        }
        return try parse(yaml: text, file: file)
    }

    private static func line(of error: any Error) -> Int? {
        guard let error = error as? YamlError else { return nil }
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return nil
        }
    }

    private static func problem(of error: any Error) -> String {
        guard let error = error as? YamlError else { return "\(error)" }
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): return problem
        case .duplicatedKeysInMapping(let duplicates, _): return "the key \(duplicates.joined(separator: ", ")) appears twice"
        default: return "\(error)"
        }
    }
}
