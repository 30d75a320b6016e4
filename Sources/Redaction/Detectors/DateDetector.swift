/// Dates: of birth after a birth word ("born on", "geboren am", "تاريخ الميلاد"), of arrival after
/// an arrival word (a quasi-identifier), and other full dates as low suggestions. Numeric dates and
/// dates with month names in the lexicons' languages, in Latin or Arabic-Indic digits.
enum DateDetector {
    static func detect(_ input: DetectionInput) -> [Span] {
        var spans: [Span] = []
        var index = 0
        while index < input.tokens.count {
            guard let date = date(at: index, input) else {
                index += 1
                continue
            }
            let start = input.tokens[index].start
            let end = input.tokens[date.lastToken].end
            if input.cue(input.lexicon.birthCues, before: index, within: 3)
                || input.cue(input.lexicon.birthCues, after: date.lastToken, within: 3)
            {
                spans.append(input.span(start, end, .dob, date.isFull ? 0.95 : 0.7))
            } else if input.cue(input.lexicon.arrivalCues, before: index, within: 7)
                || input.cue(input.lexicon.arrivalCues, after: date.lastToken, within: 5)
            {
                spans.append(input.span(start, end, .arrival, date.isFull ? 0.65 : 0.55))
            } else if date.isFull {
                spans.append(input.span(start, end, .date, 0.4))
            }
            index = date.lastToken + 1
        }
        return spans
    }

    struct Found {
        let lastToken: Int
        /// Day, month and year.
        let isFull: Bool
    }

    private static let connectors: Set<String> = ["de", "of", "del", "di", "the"]

    static func date(at index: Int, _ input: DetectionInput) -> Found? {
        numeric(at: index, input) ?? dayFirst(at: index, input) ?? monthFirst(at: index, input)
    }

    private static func value(_ token: ScannedText.Token, _ input: DetectionInput) -> Int? {
        var number = 0
        var digits = 0
        for scalar in input.scalars[token.start..<token.end] {
            guard let digit = Characters.digitValue(scalar) else { break }
            // Days, months and years have at most four digits; a longer run is no date (and would overflow).
            guard digits < 6 else { return nil }
            number = number * 10 + digit
            digits += 1
        }
        return digits == 0 ? nil : number
    }

    /// "3", "3rd", "1er", "14º": a day of the month.
    private static func day(_ token: ScannedText.Token, _ input: DetectionInput) -> Bool {
        guard token.kind != .word, let number = value(token, input), number >= 1, number <= 31 else { return false }
        let digits = input.scalars[token.start..<token.end].prefix(while: Characters.isDigit).count
        guard digits <= 2 else { return false }
        let suffix = token.folded.unicodeScalars.dropFirst(digits)
        return suffix.isEmpty || ["st", "nd", "rd", "th", "er", "e", "º", "ª", "o", "a"].contains(String(String.UnicodeScalarView(suffix)))
    }

    private static func year(_ token: ScannedText.Token, _ input: DetectionInput) -> Bool {
        guard token.kind == .number, token.end - token.start == 4, let number = value(token, input) else { return false }
        return number >= 1900 && number <= 2100
    }

    /// 12.03.1994, 12/3/94, 1994-03-12 (pieces joined by one separator, no spaces).
    private static func numeric(at index: Int, _ input: DetectionInput) -> Found? {
        let tokens = input.tokens
        guard index + 2 < tokens.count, tokens[index].kind == .number, tokens[index + 1].kind == .number, tokens[index + 2].kind == .number
        else { return nil }
        let first = input.text.text(tokens[index].end, tokens[index + 1].start)
        let second = input.text.text(tokens[index + 1].end, tokens[index + 2].start)
        guard first == second, [".", "/", "-"].contains(first) else { return nil }
        let lengths = (0..<3).map { tokens[index + $0].end - tokens[index + $0].start }
        let isDayFirst = lengths[0] <= 2 && lengths[1] <= 2 && (lengths[2] == 2 || lengths[2] == 4)
        let isYearFirst = lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2
        guard isDayFirst || isYearFirst else { return nil }
        return Found(lastToken: index + 2, isFull: true)
    }

    /// 12 March 1994, 3 mars 1994, 14 de abril de 1990, ١٢ آذار ١٩٩٤ (the year optional).
    private static func dayFirst(at index: Int, _ input: DetectionInput) -> Found? {
        let tokens = input.tokens
        guard day(tokens[index], input) else { return nil }
        var cursor = index + 1
        if cursor < tokens.count, connectors.contains(tokens[cursor].folded) { cursor += 1 }
        guard cursor < tokens.count, let monthLength = input.lexicon.months.match(in: input.text, at: cursor) else { return nil }
        return withYear(after: cursor + monthLength - 1, input)
    }

    /// March 12, 1994 (the year optional).
    private static func monthFirst(at index: Int, _ input: DetectionInput) -> Found? {
        let tokens = input.tokens
        guard let monthLength = input.lexicon.months.match(in: input.text, at: index), index + monthLength < tokens.count,
            day(tokens[index + monthLength], input)
        else { return nil }
        return withYear(after: index + monthLength, input)
    }

    private static func withYear(after last: Int, _ input: DetectionInput) -> Found {
        let tokens = input.tokens
        var cursor = last + 1
        if cursor < tokens.count, connectors.contains(tokens[cursor].folded) { cursor += 1 }
        if cursor < tokens.count, year(tokens[cursor], input), tokens[cursor].start - tokens[last].end <= 5 {
            return Found(lastToken: cursor, isFull: true)
        }
        return Found(lastToken: last, isFull: false)
    }
}
