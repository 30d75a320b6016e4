import Foundation

extension Checker {
    /// The packs that ship with Together, one per language.
    public static func builtInPacks() throws(RulePackError) -> [RulePack] {
        guard let folder = Bundle.module.url(forResource: "packs", withExtension: nil) else {
            throw RulePackError(file: "packs", line: nil, problem: "the built-in rule packs are missing from this build.")
        }
        return try packs(in: folder)
    }

    /// Every `*.yaml` file in `folder`, in name order.
    public static func packs(in folder: URL) throws(RulePackError) -> [RulePack] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
                $0.hasSuffix(".yaml") || $0.hasSuffix(".yml")
            }
            .sorted()
        } catch {
            throw RulePackError(file: folder.path, line: nil, problem: "this folder cannot be read.")
        }
        var packs: [RulePack] = []
        for name in names { packs.append(try RulePack.load(contentsOf: folder.appendingPathComponent(name))) }
        return packs
    }

    /// The built-in packs, extended by the packs in `folders` (a partner's additions and overrides).
    public static func standard(adding folders: [URL] = []) throws(RulePackError) -> Checker {
        var packs = try builtInPacks()
        for folder in folders { packs += try Self.packs(in: folder) }
        return try Checker(packs: packs)
    }
}
