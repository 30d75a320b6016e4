/// GPS coordinates: decimal pairs ("52.5200, 13.4050") and degrees, minutes, seconds ("52°31'12"N").
enum CoordinateDetector {
    static func detect(_ input: DetectionInput) -> [Span] {
        decimalPairs(input) + degrees(input)
    }

    /// A signed decimal with a fraction; returns its value and where it ends.
    private static func decimal(at start: Int, _ scalars: [Unicode.Scalar]) -> (value: Double, end: Int, decimals: Int)? {
        var index = start
        if index < scalars.count, scalars[index] == "-" || scalars[index] == "−" { index += 1 }
        let integerStart = index
        while index < scalars.count, AccountDetector.isASCIIDigit(scalars[index]) { index += 1 }
        guard index - integerStart >= 1, index - integerStart <= 3, index < scalars.count, scalars[index] == "." else { return nil }
        index += 1
        let fractionStart = index
        while index < scalars.count, AccountDetector.isASCIIDigit(scalars[index]) { index += 1 }
        guard index - fractionStart >= 3 else { return nil }
        var text = String(String.UnicodeScalarView(scalars[start..<index]))
        text = text.replacingOccurrences(of: "−", with: "-")
        guard let value = Double(text) else { return nil }
        return (value, index, index - fractionStart)
    }

    static func decimalPairs(_ input: DetectionInput) -> [Span] {
        let scalars = input.scalars
        var spans: [Span] = []
        var index = 0
        while index < scalars.count {
            guard index == 0 || !Characters.isWordScalar(scalars[index - 1]) && scalars[index - 1] != ".",
                let latitude = decimal(at: index, scalars), abs(latitude.value) <= 90
            else {
                index += 1
                continue
            }
            var cursor = latitude.end
            if cursor < scalars.count, scalars[cursor] == "°" { cursor += 1 }
            if cursor + 1 < scalars.count, " NS".unicodeScalars.contains(scalars[cursor]), scalars[cursor] != " " { cursor += 1 }
            var gap = cursor
            while gap < scalars.count, scalars[gap] == "," || scalars[gap] == ";" || Characters.isSpace(scalars[gap]) { gap += 1 }
            guard gap > cursor || (gap < scalars.count && scalars[gap] == "-"), gap - cursor <= 3,
                let longitude = decimal(at: gap, scalars), abs(longitude.value) <= 180
            else {
                index = latitude.end
                continue
            }
            var end = longitude.end
            if end < scalars.count, scalars[end] == "°" { end += 1 }
            if end < scalars.count, "EWO".unicodeScalars.contains(scalars[end]) { end += 1 }
            spans.append(input.span(index, end, .gps, latitude.decimals >= 4 ? 0.95 : 0.85))
            index = end
        }
        return spans
    }

    /// 52°31'12"N (seconds and the hemisphere letter optional), one or two in a row.
    static func degrees(_ input: DetectionInput) -> [Span] {
        let scalars = input.scalars
        var spans: [Span] = []
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "°", index > 0, Characters.isDigit(scalars[index - 1]) else {
                index += 1
                continue
            }
            var start = index - 1
            while start > 0, Characters.isDigit(scalars[start - 1]) || scalars[start - 1] == "." { start -= 1 }
            var end = component(after: index, scalars)
            // A second component after a comma or space.
            var next = end
            while next < scalars.count, scalars[next] == "," || Characters.isSpace(scalars[next]) { next += 1 }
            var digitEnd = next
            while digitEnd < scalars.count, Characters.isDigit(scalars[digitEnd]) || scalars[digitEnd] == "." { digitEnd += 1 }
            if digitEnd > next, digitEnd < scalars.count, scalars[digitEnd] == "°" {
                end = component(after: digitEnd, scalars)
            }
            let hasMinutes = scalars[index..<end].contains { $0 == "'" || $0 == "′" || $0 == "’" }
            if hasMinutes { spans.append(input.span(start, end, .gps, 0.95)) }
            index = max(end, index + 1)
        }
        return spans
    }

    /// After "°": minutes, seconds and the hemisphere letter, with or without spaces.
    private static func component(after degree: Int, _ scalars: [Unicode.Scalar]) -> Int {
        var index = degree + 1
        var end = index
        while index < scalars.count {
            let scalar = scalars[index]
            if Characters.isDigit(scalar) || scalar == "." || "'′’\"″”".unicodeScalars.contains(scalar) {
                index += 1
                end = index
            } else if Characters.isSpace(scalar), index + 1 < scalars.count,
                Characters.isDigit(scalars[index + 1]) || "NSEWO".unicodeScalars.contains(scalars[index + 1])
            {
                index += 1
            } else if "NSEWO".unicodeScalars.contains(scalar) {
                index += 1
                end = index
                break
            } else {
                break
            }
        }
        return end
    }
}
