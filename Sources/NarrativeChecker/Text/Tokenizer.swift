/// Cuts a draft into words once, in one pass over its Unicode scalars, noting sentences and quoted
/// speech. Offsets are counted in Unicode scalars, as the JSON report promises.
enum Tokenizer {
    struct Result {
        var tokens: [Token] = []
        var sentenceCount = 0
        /// Words per sentence, for readability.
        var sentenceLengths: [Int] = []
        /// The text's Unicode scalars, read once and shared with the report.
        var scalars: [Unicode.Scalar] = []
    }

    static func tokenize(_ text: String) -> Result {
        var result = Result()
        let scalars = Array(text.unicodeScalars)
        result.scalars = scalars
        var index = 0
        var sentence = 0
        var wordsInSentence = 0
        var quoted = false
        func endSentence() {
            if wordsInSentence > 0 {
                result.sentenceLengths.append(wordsInSentence)
                sentence += 1
            }
            wordsInSentence = 0
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if isWordScalar(scalar) {
                let start = index
                var hasArabic = false
                index += 1
                while index < scalars.count {
                    let next = scalars[index]
                    if isWordScalar(next) {
                        index += 1
                    } else if isDigit(scalars[index - 1]), next == "," || next == ".", index + 1 < scalars.count,
                        isDigit(scalars[index + 1])
                    {
                        index += 1  // 1,200 and 3.5 stay one figure
                    } else {
                        break
                    }
                }
                let word = scalars[start..<index]
                for scalar in word where Folding.isArabic(scalar) {
                    hasArabic = true
                    break
                }
                // A figure is digits (with , or . inside) and nothing else: "11h" is a time, "G7" a name.
                // Arabic writes a conjunction or preposition onto a number (و35%، بـ12%): look past it.
                var digits = word[...]
                while let first = digits.first, Folding.isArabic(first), digits.count > 1 { digits = digits.dropFirst() }
                let isFigure = isDigit(digits.first ?? "a") && digits.allSatisfy { isDigit($0) || $0 == "," || $0 == "." }
                var isPercent = false
                // "45%", and as French writes it, "45 %" (with a space or a no-break space).
                var next = index
                if isFigure, next < scalars.count, [" ", "\u{00A0}", "\u{202F}"].contains(scalars[next]) { next += 1 }
                if isFigure, next < scalars.count, scalars[next] == "%" || scalars[next] == "\u{066A}" {
                    index = next + 1
                    isPercent = true
                }
                let key: String
                let keyHash: UInt64
                let prefixKey: UInt64
                let suffixKey: UInt64
                if let ascii = Folding.foldASCII(word) {
                    (key, keyHash, prefixKey, suffixKey) = ascii
                } else {
                    key = Folding.fold(word)
                    keyHash = BitFilter.hash(key)
                    prefixKey = TermIndex<Void>.stemKey(key, fromEnd: false)
                    suffixKey = TermIndex<Void>.stemKey(key, fromEnd: true)
                }
                result.tokens.append(
                    Token(
                        key: key, keyHash: keyHash, prefixKey: prefixKey, suffixKey: suffixKey,
                        alternates: hasArabic ? Folding.arabicStems(key).filter { $0 != key } : [],
                        start: start, end: index,
                        sentence: sentence, isQuoted: quoted, isFigure: isFigure, isPercent: isPercent))
                wordsInSentence += 1
                continue
            }
            switch scalar {
            case ".", "!", "?", "\u{061F}", "\u{061B}", "\n", "\u{2029}":
                endSentence()
            case "\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}", "\u{2039}", "\u{203A}":
                quoted.toggle()
            default:
                break
            }
            index += 1
        }
        endSentence()
        result.sentenceCount = sentence
        return result
    }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber, .letterNumber,
            .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }

    @inline(__always)
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value >= 0x30 && scalar.value <= 0x39 }
        return scalar.properties.generalCategory == .decimalNumber
    }
}
