/// Bank accounts (IBAN, mod-97 checked) and payment cards (Luhn checked), with or without spaces.
enum AccountDetector {
    static func detect(_ input: DetectionInput) -> [Span] {
        ibans(input) + cards(input)
    }

    // MARK: IBAN

    static func ibans(_ input: DetectionInput) -> [Span] {
        let scalars = input.scalars
        var spans: [Span] = []
        var index = 0
        while index + 4 <= scalars.count {
            guard isUpperASCII(scalars[index]), isUpperASCII(scalars[index + 1]), isASCIIDigit(scalars[index + 2]),
                isASCIIDigit(scalars[index + 3]), index == 0 || !Characters.isWordScalar(scalars[index - 1])
            else {
                index += 1
                continue
            }
            // Letters and digits, with single spaces between groups; remember where each could end.
            var characters: [Unicode.Scalar] = []
            var ends: [(count: Int, offset: Int)] = []
            var cursor = index
            while cursor < scalars.count, characters.count < 34 {
                let scalar = scalars[cursor]
                if isUpperASCII(scalar) || isASCIIDigit(scalar) || (Characters.isASCIILetter(scalar) && characters.count >= 4) {
                    characters.append(scalar)
                    cursor += 1
                    if cursor == scalars.count || !Characters.isWordScalar(scalars[cursor]) { ends.append((characters.count, cursor)) }
                } else if scalar == " ", cursor + 1 < scalars.count, isUpperASCII(scalars[cursor + 1]) || isASCIIDigit(scalars[cursor + 1])
                {
                    cursor += 1
                } else {
                    break
                }
            }
            if let end = ends.reversed().first(where: { $0.count >= 15 && isValidIBAN(Array(characters.prefix($0.count))) }) {
                spans.append(input.span(index, end.offset, .iban, 0.99))
                index = end.offset
            } else {
                index += 1
            }
        }
        return spans
    }

    /// ISO 13616: move the first four characters to the end, letters become 10...35, remainder 1 mod 97.
    static func isValidIBAN(_ characters: [Unicode.Scalar]) -> Bool {
        guard characters.count >= 15, characters.count <= 34 else { return false }
        var remainder = 0
        for scalar in characters[4...] + characters[..<4] {
            let upper = scalar.value >= 0x61 ? scalar.value - 32 : scalar.value
            if upper >= 0x30, upper <= 0x39 {
                remainder = (remainder * 10 + Int(upper - 0x30)) % 97
            } else if upper >= 0x41, upper <= 0x5A {
                remainder = (remainder * 100 + Int(upper - 0x41 + 10)) % 97
            } else {
                return false
            }
        }
        return remainder == 1
    }

    // MARK: Cards

    static func cards(_ input: DetectionInput) -> [Span] {
        let scalars = input.scalars
        var spans: [Span] = []
        var index = 0
        while index < scalars.count {
            guard isASCIIDigit(scalars[index]), index == 0 || !Characters.isWordScalar(scalars[index - 1]) else {
                index += 1
                continue
            }
            var digits: [Int] = []
            var cursor = index
            var end = index
            var groups: [Int] = []
            var current = 0
            while cursor < scalars.count, digits.count < 19 {
                let scalar = scalars[cursor]
                if isASCIIDigit(scalar) {
                    digits.append(Int(scalar.value - 0x30))
                    current += 1
                    cursor += 1
                    end = cursor
                } else if scalar == " " || scalar == "-", cursor + 1 < scalars.count, isASCIIDigit(scalars[cursor + 1]) {
                    groups.append(current)
                    current = 0
                    cursor += 1
                } else {
                    break
                }
            }
            groups.append(current)
            let endsClean = end == scalars.count || !Characters.isWordScalar(scalars[end])
            if endsClean, digits.count >= 13, digits.count <= 19 {
                if isLuhnValid(digits) {
                    spans.append(input.span(index, end, .card, 0.95))
                } else if digits.count == 16, groups == [4, 4, 4, 4] {
                    spans.append(input.span(index, end, .card, 0.6))  // a card with a typing error is still a card
                }
            }
            index = max(end, index + 1)
        }
        return spans
    }

    static func isLuhnValid(_ digits: [Int]) -> Bool {
        var sum = 0
        for (position, digit) in digits.reversed().enumerated() {
            if position % 2 == 1 {
                let doubled = digit * 2
                sum += doubled > 9 ? doubled - 9 : doubled
            } else {
                sum += digit
            }
        }
        return sum % 10 == 0 && digits.contains { $0 != 0 }
    }

    static func isUpperASCII(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x41 && scalar.value <= 0x5A }
    static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }
}
