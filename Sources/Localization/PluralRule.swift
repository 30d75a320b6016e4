/// A gettext `Plural-Forms` formula, such as `nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : ...);`.
///
/// Catalogs are edited by translators, so the formula is parsed and evaluated here rather than
/// trusted: a malformed one is a ``CatalogError`` with the reason, never a crash.
public struct PluralRule: Sendable, Equatable {
    public let count: Int
    let expression: PluralExpression

    /// English, and the fallback when a catalog has no header: one form for 1, another for the rest.
    public static let english = PluralRule(count: 2, expression: .binary(.notEqual, .n, .literal(1)))

    init(count: Int, expression: PluralExpression) {
        self.count = count
        self.expression = expression
    }

    /// Parses the value of a `Plural-Forms:` header.
    public init(header: String) throws(CatalogError) {
        var nplurals: Int?
        var formula: String?
        for part in header.split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2 else { continue }
            switch pair[0] {
            case "nplurals": nplurals = Int(pair[1])
            case "plural": formula = pair[1]
            default: continue
            }
        }
        guard let nplurals, (1...6).contains(nplurals) else {
            throw CatalogError(line: nil, reason: "Plural-Forms needs nplurals between 1 and 6")
        }
        guard let formula else {
            throw CatalogError(line: nil, reason: "Plural-Forms has no plural= formula")
        }
        var parser = PluralExpressionParser(formula)
        self.init(count: nplurals, expression: try parser.parse())
    }

    /// The index of the plural form to use for `n`, always within `0..<count`.
    public func formIndex(for n: Int) -> Int {
        let index = expression.evaluate(n: abs(n))
        return (0..<count).contains(index) ? index : count - 1
    }
}
