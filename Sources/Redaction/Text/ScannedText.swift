/// A text cut once into scalars and word tokens, which every detector reads. Offsets are Unicode
/// scalar positions, as in the JSON contract.
public struct ScannedText: Sendable {
    public let scalars: [Unicode.Scalar]
    let tokens: [Token]

    struct Token: Sendable {
        let start: Int
        let end: Int
        /// Lower case; Arabic without short vowels or tatweel and with one form of alef.
        let folded: String
        let kind: Kind
        /// Starts with an upper-case letter (scripts without case never are).
        let isCapitalized: Bool
        let isArabic: Bool

        enum Kind: Sendable { case word, number, mixed }
    }

    public init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        tokens = Self.tokenize(scalars)
    }

    var string: String { String(String.UnicodeScalarView(scalars)) }

    func text(_ start: Int, _ end: Int) -> String {
        String(String.UnicodeScalarView(scalars[start..<end]))
    }

    /// The index of the first token starting at or after `offset`.
    func tokenIndex(atOrAfter offset: Int) -> Int {
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].start < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Only spaces (no line break or punctuation) between two offsets.
    func onlySpaces(_ start: Int, _ end: Int) -> Bool {
        guard start <= end else { return false }
        return scalars[start..<end].allSatisfy { $0 == " " || $0 == "\u{A0}" || $0 == "\t" }
    }

    private static func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        var index = 0
        while index < scalars.count {
            guard Characters.isWordScalar(scalars[index]) else {
                index += 1
                continue
            }
            let start = index
            var letters = 0
            var digits = 0
            var arabic = false
            while index < scalars.count, Characters.isWordScalar(scalars[index]) {
                let scalar = scalars[index]
                if scalar.isASCII {
                    if scalar.value <= 0x39 { digits += 1 } else { letters += 1 }
                } else if Characters.digitValue(scalar) != nil {
                    digits += 1
                } else if scalar.properties.isAlphabetic {
                    letters += 1
                    if Characters.isArabic(scalar) { arabic = true }
                }
                index += 1
            }
            let kind: Token.Kind = digits == 0 ? .word : letters == 0 ? .number : .mixed
            tokens.append(
                Token(
                    start: start, end: index, folded: Characters.fold(scalars[start..<index]), kind: kind,
                    isCapitalized: scalars[start].isASCII
                        ? (scalars[start].value >= 0x41 && scalars[start].value <= 0x5A) : scalars[start].properties.isUppercase,
                    isArabic: arabic))
        }
        return tokens
    }
}
