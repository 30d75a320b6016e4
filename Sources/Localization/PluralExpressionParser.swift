/// Recursive-descent parser for plural formulas, with C precedence:
/// `?:` < `||` < `&&` < `== !=` < `< <= > >=` < `+ -` < `* / %` < `!` < primary.
struct PluralExpressionParser {
    private let characters: [Character]
    private var position = 0
    private var depth = 0

    init(_ source: String) {
        characters = Array(source)
    }

    mutating func parse() throws(CatalogError) -> PluralExpression {
        let expression = try conditional()
        skipSpaces()
        guard position == characters.count else { throw failure("unexpected '\(characters[position])'") }
        return expression
    }

    private mutating func conditional() throws(CatalogError) -> PluralExpression {
        depth += 1
        defer { depth -= 1 }
        // Bounded nesting keeps a hostile formula from exhausting the stack.
        guard depth < 64 else { throw failure("formula is nested too deeply") }
        let test = try binary(level: 0)
        guard consume("?") else { return test }
        let then = try conditional()
        guard consume(":") else { throw failure("'?' without ':'") }
        let otherwise = try conditional()
        return .conditional(test, then, otherwise)
    }

    private static let levels: [[PluralExpression.Operator]] = [
        [.or], [.and], [.equal, .notEqual], [.lessOrEqual, .greaterOrEqual, .less, .greater],
        [.add, .subtract], [.multiply, .divide, .remainder],
    ]

    private mutating func binary(level: Int) throws(CatalogError) -> PluralExpression {
        guard level < Self.levels.count else { return try unary() }
        var lhs = try binary(level: level + 1)
        while let op = Self.levels[level].first(where: { consume($0.rawValue) }) {
            lhs = .binary(op, lhs, try binary(level: level + 1))
        }
        return lhs
    }

    private mutating func unary() throws(CatalogError) -> PluralExpression {
        if consume("!") { return .not(try unary()) }
        return try primary()
    }

    private mutating func primary() throws(CatalogError) -> PluralExpression {
        skipSpaces()
        if consume("(") {
            let inner = try conditional()
            guard consume(")") else { throw failure("missing ')'") }
            return inner
        }
        if consume("n") { return .n }
        var digits = ""
        while position < characters.count, characters[position].isASCII, characters[position].isNumber {
            digits.append(characters[position])
            position += 1
        }
        guard let value = Int(digits) else {
            throw failure(position < characters.count ? "unexpected '\(characters[position])'" : "formula ends too early")
        }
        return .literal(value)
    }

    private mutating func consume(_ token: String) -> Bool {
        skipSpaces()
        let tokenCharacters = Array(token)
        guard position + tokenCharacters.count <= characters.count,
            Array(characters[position..<position + tokenCharacters.count]) == tokenCharacters
        else { return false }
        // "<" must not swallow the first half of "<=", nor "!" of "!=".
        let next = position + tokenCharacters.count
        if tokenCharacters.count == 1, "<>!=".contains(token), next < characters.count, characters[next] == "=" {
            return false
        }
        position = next
        return true
    }

    private mutating func skipSpaces() {
        while position < characters.count, characters[position].isWhitespace { position += 1 }
    }

    private func failure(_ reason: String) -> CatalogError {
        CatalogError(line: nil, reason: "Plural-Forms formula: \(reason) at character \(position + 1)")
    }
}
