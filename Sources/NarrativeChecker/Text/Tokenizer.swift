/// Cuts a draft into words once, in one pass over its UTF-8, noting sentences, lines and quoted
/// speech. Each word is folded straight into one shared byte buffer with its look-up keys, so no
/// string is made per word. Offsets are counted in Unicode scalars, as the JSON report promises.
enum Tokenizer {
    struct Result {
        var tokens: [Token] = []
        /// Every word's folded UTF-8, one after another.
        var folded: [UInt8] = []
        var alternates: [WordKey] = []
        var sentenceCount = 0
        /// Words per sentence, for readability.
        var sentenceLengths: [Int] = []
        /// Per sentence: whether it ends with a question mark ("If they are not “illegals”, what are they?").
        var questions: [Bool] = []
        /// Scalar offsets where lines start: 0, then after each line feed.
        var lineStarts: [Int] = [0]
        /// The draft's UTF-8.
        var bytes: [UInt8] = []
        var scalarCount = 0

        func withWords<Value>(_ body: (Words) -> Value) -> Value {
            tokens.withUnsafeBufferPointer { tokens in
                folded.withUnsafeBufferPointer { folded in
                    alternates.withUnsafeBufferPointer { alternates in
                        questions.withUnsafeBufferPointer { questions in
                            body(Words(tokens: tokens, folded: folded, alternates: alternates, questions: questions))
                        }
                    }
                }
            }
        }

        /// The token's folded word (tests and rare paths).
        func key(_ token: Token) -> String { withWords { $0.string(token.key) } }

        /// The folded word and its alternate forms.
        func keys(_ token: Token) -> [String] {
            withWords { words in [words.string(token.key)] + token.alternates.map { words.string(words.alternates[$0]) } }
        }
    }

    static func tokenize(_ text: String) -> Result {
        var result = Result()
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { bytes in
            // Words are separated, so there are at most half as many as bytes: room for all of them
            // up front, written without growing or checking the array on every word.
            result.tokens = [Token](unsafeUninitializedCapacity: bytes.count / 2 + 1) { tokens, count in
                count = cut(bytes, into: &result, tokens: tokens)
            }
            // ASCII words are keyed where they stand in the draft, lower-cased; other words are
            // folded after it.
            var folded = [UInt8](unsafeUninitializedCapacity: bytes.count) { folded, count in
                for index in bytes.indices {
                    let byte = bytes[index]
                    folded[index] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                }
                count = bytes.count
            }
            folded += result.folded
            result.folded = folded
        }
        result.bytes = bytes
        return result
    }

    /// Cuts every word into `tokens` and returns how many there are. Words other than ASCII ones are
    /// folded into `result.folded`, whose offsets count from the end of the draft.
    private static func cut(_ bytes: UnsafeBufferPointer<UInt8>, into result: inout Result, tokens: UnsafeMutableBufferPointer<Token>)
        -> Int
    {
        result.sentenceLengths.reserveCapacity(bytes.count / 80)
        result.questions.reserveCapacity(bytes.count / 80)
        var count = 0
        var index = 0  // in bytes
        var offset = 0  // in scalars
        var sentence = 0
        var wordsInSentence = 0
        var quoted = false
        // Single quotation marks double as apostrophes: a span counts as quoted only from an
        // opening mark to the closing one found for it (see Tokenizer+SingleQuotes).
        var singleQuoteClose = -1
        var singleQuoteScan = SingleQuoteScan()
        // ‚…‘ closes at a mark that opens elsewhere: what a scan for ' and ’ learned does not hold for it.
        var lowQuoteScan = SingleQuoteScan()
        var lastWordEnd = -1
        // Turkish writes the percent sign first: %30.
        var afterPercentSign = false
        func endSentence(asking: Bool = false) {
            if wordsInSentence > 0 {
                result.sentenceLengths.append(wordsInSentence)
                result.questions.append(asking)
                sentence += 1
            }
            wordsInSentence = 0
        }
        while index < bytes.count {
            let (scalar, width) = decode(bytes, index)
            if isWordScalar(scalar) {
                let word = cutWord(bytes, from: index, scalarOffset: offset, into: &result)
                let isPercent = word.isPercent || (word.isFigure && afterPercentSign)
                afterPercentSign = false
                (tokens.baseAddress! + count).initialize(
                    to: Token(
                        key: word.key, alternates: word.alternates, start: offset, end: word.scalarEnd, byteStart: index,
                        byteEnd: word.byteEnd, sentence: sentence, isQuoted: quoted || singleQuoteClose >= 0, isFigure: word.isFigure,
                        isPercent: isPercent))
                count += 1
                index = word.byteEnd
                offset = word.scalarEnd
                lastWordEnd = index
                wordsInSentence += 1
                continue
            }
            afterPercentSign = scalar == "%" || scalar == "\u{066A}"
            switch scalar {
            case "\n":
                result.lineStarts.append(offset + 1)
                endSentence()
            case "?", "\u{061F}":
                endSentence(asking: true)
            case ".", "!", "\u{061B}", "\u{2029}":
                endSentence()
            case "\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}", "\u{2039}", "\u{203A}":
                quoted.toggle()
            case "'", "\u{2018}", "\u{2019}", "\u{201A}":
                if index == singleQuoteClose {
                    singleQuoteClose = -1
                } else if singleQuoteClose < 0, lastWordEnd != index,
                    let close = scalar == "\u{201A}"
                        ? closingSingleQuote(bytes, openingAt: index, width: width, scan: &lowQuoteScan)
                        : closingSingleQuote(bytes, openingAt: index, width: width, scan: &singleQuoteScan)
                {
                    singleQuoteClose = close
                }
            default:
                break
            }
            index += width
            offset += 1
        }
        endSentence()
        result.sentenceCount = sentence
        result.scalarCount = offset
        return count
    }

    private struct Word {
        var key: WordKey
        var alternates: Range<Int>
        var byteEnd: Int
        var scalarEnd: Int
        var isFigure: Bool
        var isPercent: Bool
    }

    /// The word starting at `start`, with its keys and what kind of word it is.
    @inline(__always)
    private static func cutWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, scalarOffset: Int, into result: inout Result)
        -> Word
    {
        // Most words are ASCII: read them where they stand, one table test and one multiply a byte.
        var hash: UInt64 = 14_695_981_039_346_656_037
        var index = start
        var hasDigit = false
        var previousIsDigit = false
        while index < bytes.count {
            let byte = bytes[index]
            if isASCIIWordByte(byte) {
                let lowered = byte &- 0x41 < 26 ? byte | 0x20 : byte
                hash = (hash ^ UInt64(lowered)) &* 1_099_511_628_211
                previousIsDigit = byte &- 0x30 < 10
                hasDigit = hasDigit || previousIsDigit
                index += 1
                continue
            }
            // 1,200 and 3.5 stay one figure.
            if previousIsDigit, byte == 0x2C || byte == 0x2E, index + 1 < bytes.count, isDigit(decode(bytes, index + 1).scalar) {
                if bytes[index + 1] >= 0x80 { return cutFoldedWord(bytes, from: start, scalarOffset: scalarOffset, into: &result) }
                hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211
                previousIsDigit = false
                index += 1
                continue
            }
            // A letter beyond ASCII continues the word (Straße); a curly apostrophe or a dash ends it.
            if byte >= 0x80, isWordScalar(decode(bytes, index).scalar) {
                return cutFoldedWord(bytes, from: start, scalarOffset: scalarOffset, into: &result)
            }
            break
        }
        let key = WordKey(
            offset: start, length: index - start, hash: hash, prefix: stemKey(bytes, start..<index, fromEnd: false),
            suffix: stemKey(bytes, start..<index, fromEnd: true))
        // Built once with its final values: a word written field by field and read back whole stalls
        // the processor on every word (a store it cannot forward).
        let figure = hasDigit && isFigure(bytes, start..<index)
        let sign = figure ? percentSign(bytes, byteEnd: index, scalarEnd: scalarOffset + index - start) : nil
        return Word(
            key: key, alternates: 0..<0, byteEnd: sign?.byteEnd ?? index, scalarEnd: sign?.scalarEnd ?? scalarOffset + index - start,
            isFigure: figure, isPercent: sign != nil)
    }

    /// An ASCII word's first or last three letters, lower-cased and packed as ``KeyBuilder`` packs them.
    @inline(__always)
    private static func stemKey(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, fromEnd: Bool) -> UInt64 {
        guard range.count >= TermIndex<Void>.stemKeyLength else { return UInt64.max - UInt64(range.count) }
        func lowered(_ index: Int) -> UInt64 {
            let byte = bytes[index]
            return UInt64(byte &- 0x41 < 26 ? byte | 0x20 : byte)
        }
        let first = fromEnd ? range.upperBound - 1 : range.lowerBound
        let step = fromEnd ? -1 : 1
        return lowered(first) << 42 | lowered(first + step) << 21 | lowered(first + 2 * step)
    }

    /// A word with letters beyond ASCII: folded scalar by scalar after the draft in the word buffer.
    private static func cutFoldedWord(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, scalarOffset: Int, into result: inout Result
    ) -> Word {
        let base = bytes.count  // folded words are stored after the lower-cased draft
        var key = KeyBuilder(offset: result.folded.count)
        var index = start
        var offset = scalarOffset
        var hasArabic = false
        var hasDigit = false
        var previousIsDigit = false
        while index < bytes.count {
            let (scalar, width) = decode(bytes, index)
            if isWordScalar(scalar) {
                Folding.fold(scalar, into: &key, &result.folded)
                hasArabic = hasArabic || Folding.isArabic(scalar)
                previousIsDigit = isDigit(scalar)
                hasDigit = hasDigit || previousIsDigit
            } else if previousIsDigit, scalar == "," || scalar == ".", index + 1 < bytes.count, isDigit(decode(bytes, index + 1).scalar) {
                key.appendASCII(UInt8(truncatingIfNeeded: scalar.value), to: &result.folded)
                previousIsDigit = false
            } else {
                break
            }
            index += width
            offset += 1
        }
        let wordKey = key.finish(result.folded).moved(by: base)
        let figure = hasDigit && isFigure(bytes, start..<index)
        let sign = figure ? percentSign(bytes, byteEnd: index, scalarEnd: offset) : nil
        var word = Word(
            key: wordKey, alternates: result.alternates.count..<result.alternates.count, byteEnd: sign?.byteEnd ?? index,
            scalarEnd: sign?.scalarEnd ?? offset, isFigure: figure, isPercent: sign != nil)
        if hasArabic {
            let folded = String(decoding: result.folded[wordKey.offset - base..<wordKey.offset - base + wordKey.length], as: UTF8.self)
            for alternate in Folding.arabicStems(folded) where alternate != folded {
                var alternateKey = KeyBuilder(offset: result.folded.count)
                for scalar in alternate.unicodeScalars { alternateKey.append(scalar, to: &result.folded) }
                result.alternates.append(alternateKey.finish(result.folded).moved(by: base))
            }
            word.alternates = word.alternates.lowerBound..<result.alternates.count
        }
        return word
    }

    @inline(__always)
    private static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        // Bits for 0-9 (below 64) and A-Z, a-z (64 to 127): no table, so no lazy global on the hot path.
        let low: UInt64 = 0x03FF_0000_0000_0000
        let high: UInt64 = 0x07FF_FFFE_07FF_FFFE
        if byte < 64 { return (low >> UInt64(byte)) & 1 == 1 }
        if byte < 128 { return (high >> UInt64(byte - 64)) & 1 == 1 }
        return false
    }

    /// A figure is digits (with , or . inside) and nothing else: "11h" is a time, "G7" a name.
    /// Arabic writes a conjunction or preposition onto a number (و35%، بـ12%): look past it.
    private static func isFigure(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var scalars: [Unicode.Scalar] = []
        var index = range.lowerBound
        while index < range.upperBound {
            let (scalar, width) = decode(bytes, index)
            scalars.append(scalar)
            index += width
        }
        var digits = scalars[...]
        while let first = digits.first, Folding.isArabic(first), digits.count > 1 { digits = digits.dropFirst() }
        return isDigit(digits.first ?? "a") && digits.allSatisfy { isDigit($0) || $0 == "," || $0 == "." }
    }

    /// "45%", and as French writes it, "45 %" (with a space or a no-break space): the sign joins the
    /// figure ending at `byteEnd`; where the figure with its sign ends, if a sign follows.
    private static func percentSign(_ bytes: UnsafeBufferPointer<UInt8>, byteEnd: Int, scalarEnd: Int) -> (byteEnd: Int, scalarEnd: Int)? {
        var index = byteEnd
        var offset = scalarEnd
        if index < bytes.count {
            let (scalar, width) = decode(bytes, index)
            if scalar == " " || scalar == "\u{00A0}" || scalar == "\u{202F}" {
                index += width
                offset += 1
            }
        }
        guard index < bytes.count else { return nil }
        let (sign, width) = decode(bytes, index)
        guard sign == "%" || sign == "\u{066A}" else { return nil }
        return (index + width, offset + 1)
    }

    /// The scalar at `index` of valid UTF-8 (a Swift string's), and its width in bytes.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> (scalar: Unicode.Scalar, width: Int) {
        let first = UInt32(bytes[index])
        if first < 0x80 { return (Unicode.Scalar(UInt8(truncatingIfNeeded: first)), 1) }
        let value: UInt32
        let width: Int
        if first < 0xE0 {
            value = (first & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            width = 2
        } else if first < 0xF0 {
            value = (first & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            width = 3
        } else {
            value =
                (first & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                | UInt32(bytes[index + 3] & 0x3F)
            width = 4
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
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
