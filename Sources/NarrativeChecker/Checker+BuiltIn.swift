import Foundation

extension Checker {
    /// The packs that ship with Together, one per language. `languages` limits reading to those
    /// packs (a command that knows its language need not read all eight).
    public static func builtInPacks(languages: Set<String>? = nil) throws(RulePackError) -> [RulePack] {
        guard let folder = Bundle.module.url(forResource: "packs", withExtension: nil) else {
            throw RulePackError(file: "packs", line: nil, problem: "the built-in rule packs are missing from this build.")
        }
        return try packs(in: folder, languages: languages)
    }

    /// The languages with a built-in pack, from the file names alone.
    public static var builtInLanguages: [String] {
        guard let folder = Bundle.module.url(forResource: "packs", withExtension: nil),
            let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        else { return [] }
        return names.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// Every `*.yaml` file in `folder`, in name order (only `<language>.yaml` for `languages`, when given).
    public static func packs(in folder: URL, languages: Set<String>? = nil) throws(RulePackError) -> [RulePack] {
        var names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
                $0.hasSuffix(".yaml") || $0.hasSuffix(".yml")
            }
            .sorted()
        } catch {
            throw RulePackError(file: folder.path, line: nil, problem: "this folder cannot be read.")
        }
        if let languages { names = names.filter { languages.contains(String($0.split(separator: ".").first ?? "")) } }
        var packs: [RulePack] = []
        for name in names { packs.append(try RulePack.load(contentsOf: folder.appendingPathComponent(name))) }
        return packs
    }

    /// The built-in packs with `added` on top (a partner's additions and overrides, read with
    /// ``packs(in:languages:)``). Each added pack's own built-in pack is read whatever `languages`
    /// says: a partner's rules extend it and are checked on it, as on the server.
    public static func standard(extendedBy added: [RulePack] = [], languages: Set<String>? = nil) throws(RulePackError) -> Checker {
        try Checker(packs: try builtInPacks(languages: languages.map { $0.union(added.map(\.language)) }) + added)
    }
}
