import Foundation

/// Checks drafts against the rule packs. Build one and share it: it holds the compiled packs and
/// is safe to use from many tasks at once.
public struct Checker: Sendable {
    public struct Options: Sendable {
        /// The draft's language; nil detects it.
        public var language: String?
        /// The language of the people the message is for; a draft in another gets a finding.
        public var audienceLanguage: String?
        public var medium: Medium
        /// The language messages are shown in (falls back to English).
        public var readerLanguage: String

        public init(language: String? = nil, audienceLanguage: String? = nil, medium: Medium = .post, readerLanguage: String = "en") {
            self.language = language
            self.audienceLanguage = audienceLanguage
            self.medium = medium
            self.readerLanguage = readerLanguage
        }
    }

    let packs: [String: CompiledPack]
    /// Every rule in force, by id, for documentation and tests.
    public let rules: [Rule]

    /// Merges packs in order: a later pack for the same language adds rules, replaces rules with
    /// the same id and switches off the ids it lists under `disable`.
    public init(packs: [RulePack]) throws(RulePackError) {
        var byLanguage: [String: (rules: [Rule], vocabulary: PackVocabulary, strengths: [StrengthRule])] = [:]
        var owner: [String: String] = [:]
        for pack in packs {
            var entry = byLanguage[pack.language] ?? ([], PackVocabulary(), [])
            entry.rules.removeAll { pack.disabled.contains($0.id) || pack.rules.map(\.id).contains($0.id) }
            for rule in pack.rules {
                if let other = owner[rule.id], other != pack.language {
                    throw RulePackError(file: pack.file, line: nil, problem: "the rule id \(rule.id) already belongs to the \(other) pack.")
                }
                owner[rule.id] = pack.language
            }
            entry.rules += pack.rules
            entry.vocabulary.add(pack)
            entry.strengths = pack.strengths.isEmpty ? entry.strengths : pack.strengths
            byLanguage[pack.language] = entry
        }
        var compiled: [String: CompiledPack] = [:]
        for (language, entry) in byLanguage {
            compiled[language] = CompiledPack(
                language: language, rules: entry.rules, vocabulary: entry.vocabulary, strengths: entry.strengths)
        }
        self.packs = compiled
        self.rules = byLanguage.values.flatMap(\.rules).sorted { $0.id < $1.id }
    }

    /// The languages with a rule pack.
    public var languages: [String] { packs.keys.sorted() }
}
