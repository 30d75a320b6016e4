/// Phone numbers in international form and the national forms of the main host and origin
/// countries: runs of digits with the separators people type, told apart from dates and years.
enum PhoneDetector {
    static func detect(_ input: DetectionInput) -> [Span] {
        let scalars = input.scalars
        var spans: [Span] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let startsRun =
                (scalar == "+" && index + 1 < scalars.count && Characters.isDigit(scalars[index + 1]))
                || (scalar == "(" && index + 1 < scalars.count && Characters.isDigit(scalars[index + 1]))
                || (Characters.isDigit(scalar) && (index == 0 || !Characters.isWordScalar(scalars[index - 1])))
            guard startsRun, index == 0 || !Characters.isDigit(scalars[index - 1]) else {
                index += 1
                continue
            }
            let run = self.run(from: index, scalars)
            if let confidence = confidence(run, input) {
                spans.append(input.span(run.start, run.end, .phone, confidence))
            }
            index = max(run.end, index + 1)
        }
        return spans
    }

    struct Run {
        let start: Int
        let end: Int
        let digits: [Int]
        /// The lengths of the digit groups, in order.
        let groups: [Int]
        let separators: [Unicode.Scalar]
        let plus: Bool
        let parenthesis: Bool
    }

    /// Digits and single separators (space, dot, dash, slash, parentheses) between them.
    static func run(from start: Int, _ scalars: [Unicode.Scalar]) -> Run {
        var index = start
        var digits: [Int] = []
        var groups: [Int] = []
        var separators: [Unicode.Scalar] = []
        var current = 0
        let plus = scalars[index] == "+"
        if plus { index += 1 }
        var parenthesis = false
        var end = index
        while index < scalars.count {
            let scalar = scalars[index]
            if let value = Characters.digitValue(scalar) {
                digits.append(value)
                current += 1
                index += 1
                end = index
                continue
            }
            let isSeparator =
                Characters.isSpace(scalar) || scalar == "." || scalar == "-" || scalar == "/" || scalar == "(" || scalar == ")"
            guard isSeparator, digits.count < 15 else { break }
            // Up to two separators in a row ("(0) ", ") "), then a digit must follow.
            var next = index + 1
            if next < scalars.count, !Characters.isDigit(scalars[next]),
                Characters.isSpace(scalars[next]) || scalars[next] == "(" || scalars[next] == ")"
            {
                next += 1
            }
            guard next < scalars.count, Characters.isDigit(scalars[next]) else { break }
            if scalar == "(" || scalar == ")" { parenthesis = true }
            if current > 0 { groups.append(current) }
            current = 0
            separators.append(scalar)
            index = next
        }
        if current > 0 { groups.append(current) }
        return Run(start: start, end: end, digits: digits, groups: groups, separators: separators, plus: plus, parenthesis: parenthesis)
    }

    static func confidence(_ run: Run, _ input: DetectionInput) -> Double? {
        let count = run.digits.count
        guard count >= 7, count <= 15 else { return nil }
        if looksLikeDate(run) || looksLikeYearRange(run) || looksLikeDecimal(run, input.scalars) { return nil }
        let tokenIndex = input.text.tokenIndex(atOrAfter: run.start)
        let cued = tokenIndex < input.tokens.count && input.cue(input.lexicon.phoneCues, before: tokenIndex, within: 4)
        var confidence: Double?
        if run.plus, count >= 8 {
            confidence = 0.95
        } else if run.digits.starts(with: [0, 0]), count >= 10 {
            confidence = 0.9
        } else if run.digits.first == 0, count >= 9, count <= 12 {
            confidence = 0.85
        } else if run.parenthesis, count == 10 {
            confidence = 0.85
        } else if count == 9 || count == 10, run.groups.count >= 3, run.groups.allSatisfy({ $0 >= 2 && $0 <= 4 }) {
            confidence = 0.8  // Spain 612 345 678, Italy 333 123 4567, US 415-555-0134
        } else if count >= 9, run.groups.count >= 2 {
            confidence = 0.6
        } else if cued {
            confidence = 0.8
        }
        if cued, let found = confidence { confidence = max(found, 0.9) }
        return confidence
    }

    /// 12.03.1994, 3/12/94, 1994-03-12: a date, for the date detector.
    static func looksLikeDate(_ run: Run) -> Bool {
        guard run.groups.count == 3, Set(run.separators).count == 1, let separator = run.separators.first,
            separator == "." || separator == "/" || separator == "-"
        else { return false }
        let g = run.groups
        return (g[0] <= 2 && g[1] <= 2 && (g[2] == 2 || g[2] == 4)) || (g[0] == 4 && g[1] <= 2 && g[2] <= 2)
    }

    /// 2015-2019 or 2015/16.
    static func looksLikeYearRange(_ run: Run) -> Bool {
        run.groups.count == 2 && run.groups[0] == 4 && (run.groups[1] == 4 || run.groups[1] == 2)
            && (run.digits.starts(with: [1, 9]) || run.digits.starts(with: [2, 0]))
    }

    /// Prices and measures: "1.250.000 euros" has dots every three digits.
    static func looksLikeDecimal(_ run: Run, _ scalars: [Unicode.Scalar]) -> Bool {
        guard !run.plus, run.digits.first != 0, run.separators.allSatisfy({ $0 == "." || $0 == "," }) else { return false }
        return run.groups.dropFirst().allSatisfy { $0 == 3 } && (run.groups.first ?? 0) <= 3
    }
}
