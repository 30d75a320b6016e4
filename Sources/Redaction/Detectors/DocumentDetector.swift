/// Identity, migration and case document numbers: known shapes with their check characters (Spanish
/// NIE and DNI, UK NINO, US SSN and A-number, ICAO 9303 check digits), and any code with digits
/// that follows a document word in the story's language ("Aufenthaltstitel", "titre de séjour").
enum DocumentDetector {
    static func detect(_ input: DetectionInput) -> [Span] {
        var spans: [Span] = []
        let tokens = input.tokens
        for (index, token) in tokens.enumerated() where token.kind != .word {
            let code = input.text.text(token.start, token.end)
            if let confidence = shapeConfidence(code, index: index, input) {
                spans.append(input.span(token.start, token.end, .document, confidence))
            }
        }
        spans += socialSecurityNumbers(input) + spacedInsuranceNumbers(input)
        spans += cued(input)
        return spans
    }

    static func shapeConfidence(_ code: String, index: Int, _ input: DetectionInput) -> Double? {
        let scalars = Array(code.unicodeScalars)
        let letters = scalars.filter(Characters.isASCIILetter).count
        let digits = scalars.filter(AccountDetector.isASCIIDigit).count
        guard letters + digits == scalars.count else { return nil }
        if scalars.count == 9, "XYZ".unicodeScalars.contains(scalars[0]), digits == 7, Characters.isASCIILetter(scalars[8]) {
            return isValidSpanishID(code) ? 0.95 : 0.75  // NIE
        }
        if scalars.count == 9, digits == 8, Characters.isASCIILetter(scalars[8]) {
            return isValidSpanishID(code) ? 0.9 : nil  // DNI
        }
        if scalars.count == 9, letters == 3, digits == 6, scalars[..<2].allSatisfy(Characters.isASCIILetter),
            "ABCD".unicodeScalars.contains(scalars[8])
        {
            return 0.9  // UK National Insurance number
        }
        if scalars.first == "A", digits >= 8, digits <= 9, letters == 1 { return 0.85 }  // US A-number
        if scalars.count == 10, digits >= 1, icaoCheckDigitMatches(scalars) { return 0.8 }
        // Any other code of six or more characters with letters and at least four digits.
        if scalars.count >= 6, letters >= 1, digits >= 4 { return 0.6 }
        return nil
    }

    /// Spanish NIE (X/Y/Z + 7 digits) and DNI (8 digits): the letter is the number modulo 23.
    static func isValidSpanishID(_ code: String) -> Bool {
        let letters = Array("TRWAGMYFPDXBNJZSQVHLCKE")
        var text = code.uppercased()
        guard let control = text.popLast() else { return false }
        switch text.first {
        case "X": text = "0" + text.dropFirst()
        case "Y": text = "1" + text.dropFirst()
        case "Z": text = "2" + text.dropFirst()
        default: break
        }
        guard let number = Int(text) else { return false }
        return letters[number % 23] == control
    }

    /// ICAO 9303: digits weighted 7, 3, 1 in turn (letters A=10 … Z=35, '<' = 0), modulo 10, as the last character.
    static func icaoCheckDigitMatches(_ scalars: [Unicode.Scalar]) -> Bool {
        guard let last = scalars.last, let check = Characters.digitValue(last) else { return false }
        let weights = [7, 3, 1]
        var sum = 0
        for (position, scalar) in scalars.dropLast().enumerated() {
            let value: Int
            if let digit = Characters.digitValue(scalar) {
                value = digit
            } else if Characters.isASCIILetter(scalar) {
                value = Int((scalar.value >= 0x61 ? scalar.value - 32 : scalar.value) - 0x41 + 10)
            } else {
                return false
            }
            sum += value * weights[position % 3]
        }
        return sum % 10 == check
    }

    /// 123-45-6789.
    static func socialSecurityNumbers(_ input: DetectionInput) -> [Span] {
        let run = input.tokens
        var spans: [Span] = []
        guard run.count >= 3 else { return spans }
        for index in 0..<(run.count - 2) {
            let (a, b, c) = (run[index], run[index + 1], run[index + 2])
            guard a.kind == .number, b.kind == .number, c.kind == .number, a.end - a.start == 3, b.end - b.start == 2,
                c.end - c.start == 4, input.scalars[a.end] == "-", b.start == a.end + 1, input.scalars[b.end] == "-", c.start == b.end + 1
            else { continue }
            spans.append(input.span(a.start, c.end, .document, 0.9))
        }
        return spans
    }

    /// A UK National Insurance number written in pairs: "QQ 12 34 56 C".
    static func spacedInsuranceNumbers(_ input: DetectionInput) -> [Span] {
        let tokens = input.tokens
        var spans: [Span] = []
        guard tokens.count >= 5 else { return spans }
        for index in 0...(tokens.count - 5) {
            let run = tokens[index..<(index + 5)]
            let lengths = run.map { $0.end - $0.start }
            guard lengths == [2, 2, 2, 2, 1], run.first?.kind == .word, run.last?.kind == .word,
                run.dropFirst().dropLast().allSatisfy({ $0.kind == .number }),
                zip(run.dropLast(), run.dropFirst()).allSatisfy({ input.text.onlySpaces($0.end, $1.start) && $1.start - $0.end == 1 }),
                input.scalars[run.first!.start..<run.first!.end].allSatisfy(AccountDetector.isUpperASCII),
                input.scalars[run.last!.start].properties.isUppercase
            else { continue }
            spans.append(input.span(run.first!.start, run.last!.end, .document, 0.85))
        }
        return spans
    }

    /// After a document word: the first code with digits within six words, with the pieces joined to
    /// it by dashes, slashes or dots, or by a space when the next piece has digits too.
    static func cued(_ input: DetectionInput) -> [Span] {
        let tokens = input.tokens
        var spans: [Span] = []
        var index = 0
        while index < tokens.count {
            guard let length = input.lexicon.documents.match(in: input.text, at: index) else {
                index += 1
                continue
            }
            var candidate = index + length
            var found: Int?
            while candidate < tokens.count, candidate <= index + length + 6,
                !input.crossesSentence(tokens[index].end, tokens[candidate].start)
            {
                if tokens[candidate].kind != .word, isCode(tokens[candidate], input) {
                    found = candidate
                    break
                }
                candidate += 1
            }
            guard var first = found else {
                index += length
                continue
            }
            while first > index + length, tokens[first - 1].kind != .word,
                ["-", "/", "."].contains(input.text.text(tokens[first - 1].end, tokens[first].start))
            {
                first -= 1
            }
            var last = first
            while last + 1 < tokens.count {
                let gap = input.text.text(tokens[last].end, tokens[last + 1].start)
                let next = tokens[last + 1]
                if gap == "-" || gap == "/" || gap == "." || gap == "–" {
                    last += 1
                } else if gap == " ", next.kind != .word {
                    last += 1
                } else {
                    break
                }
            }
            var start = tokens[first].start
            // A letter prefix written apart ("A 123 456 789", "P 1234567") belongs to the number.
            if first > 0, tokens[first - 1].kind == .word, tokens[first - 1].end - tokens[first - 1].start <= 2,
                input.scalars[tokens[first - 1].start].properties.isUppercase, tokens[first].start - tokens[first - 1].end == 1
            {
                start = tokens[first - 1].start
            }
            spans.append(input.span(start, tokens[last].end, .document, 0.9))
            index = last + 1
        }
        return spans
    }

    /// Codes, not years or small counts: five digits or more, or letters mixed with three or more.
    private static func isCode(_ token: ScannedText.Token, _ input: DetectionInput) -> Bool {
        let digits = input.scalars[token.start..<token.end].filter(Characters.isDigit).count
        return digits >= 5 || (token.kind == .mixed && digits >= 3)
    }
}
