/// E-mail addresses, social media handles and web addresses, by their shape.
enum ContactDetector {
    static func detect(_ input: DetectionInput) -> [Span] {
        let scalars = input.scalars
        var spans: [Span] = []
        var index = 0
        while index < scalars.count {
            if scalars[index] == "@" {
                if let email = email(around: index, scalars) {
                    spans.append(input.span(email.lowerBound, email.upperBound, .email, 0.99))
                    index = email.upperBound
                    continue
                }
                if let handle = handle(at: index, scalars) {
                    spans.append(input.span(handle.lowerBound, handle.upperBound, .handle, 0.9))
                    index = handle.upperBound
                    continue
                }
            }
            index += 1
        }
        spans += urls(input)
        return spans
    }

    private static func isLocal(_ scalar: Unicode.Scalar) -> Bool {
        Characters.isASCIILetter(scalar) || ("0"..."9").contains(scalar) || "._%+-".unicodeScalars.contains(scalar)
    }

    private static func isDomain(_ scalar: Unicode.Scalar) -> Bool {
        Characters.isASCIILetter(scalar) || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "."
    }

    private static func email(around at: Int, _ scalars: [Unicode.Scalar]) -> Range<Int>? {
        var start = at
        while start > 0, isLocal(scalars[start - 1]) { start -= 1 }
        while start < at, scalars[start] == "." { start += 1 }
        var end = at + 1
        while end < scalars.count, isDomain(scalars[end]) { end += 1 }
        while end > at + 1, scalars[end - 1] == "." || scalars[end - 1] == "-" { end -= 1 }
        guard start < at, end > at + 1 else { return nil }
        let domain = scalars[(at + 1)..<end]
        guard let dot = domain.lastIndex(of: "."), end - dot - 1 >= 2, dot > at + 1,
            scalars[(dot + 1)..<end].allSatisfy(Characters.isASCIILetter)
        else { return nil }
        return start..<end
    }

    private static func handle(at: Int, _ scalars: [Unicode.Scalar]) -> Range<Int>? {
        if at > 0, Characters.isWordScalar(scalars[at - 1]) { return nil }
        var end = at + 1
        while end < scalars.count,
            Characters.isASCIILetter(scalars[end]) || ("0"..."9").contains(scalars[end]) || scalars[end] == "_"
                || scalars[end] == "."
        {
            end += 1
        }
        while end > at + 1, scalars[end - 1] == "." { end -= 1 }
        guard end - at - 1 >= 2, end - at - 1 <= 30 else { return nil }
        return at..<end
    }

    private static let topLevelDomains: Set<String> = [
        "com", "org", "net", "info", "io", "me", "ly", "de", "fr", "es", "it", "uk", "nl", "se", "tr", "pt", "eu", "be", "at", "ch",
        "ma", "sy", "af", "iq", "ng", "ua", "co", "ve", "app", "page", "site",
    ]

    /// Chunks between spaces that start with a scheme or "www.", or are a domain with a path.
    private static func urls(_ input: DetectionInput) -> [Span] {
        let scalars = input.scalars
        var spans: [Span] = []
        var index = 0
        while index < scalars.count {
            guard !Characters.isSpace(scalars[index]), scalars[index] != "\n" else {
                index += 1
                continue
            }
            var end = index
            while end < scalars.count, !Characters.isSpace(scalars[end]), scalars[end] != "\n" { end += 1 }
            var start = index
            while start < end, "([\"'«“".unicodeScalars.contains(scalars[start]) { start += 1 }
            var last = end
            while last > start, ".,;:!?)]\"'»”".unicodeScalars.contains(scalars[last - 1]) { last -= 1 }
            // Only chunks with a dot are worth folding and looking at (most are plain words).
            if start < last, scalars[start..<last].contains("."), isURL(Characters.fold(scalars[start..<last])) {
                spans.append(input.span(start, last, .url, 0.95))
            }
            index = end
        }
        return spans
    }

    static func isURL(_ chunk: String) -> Bool {
        if chunk.hasPrefix("http://") || chunk.hasPrefix("https://") { return chunk.count > 10 }
        if chunk.hasPrefix("www."), chunk.count > 6 { return true }
        guard !chunk.unicodeScalars.contains("@") else { return false }
        let host = chunk.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)[0]
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && $0.unicodeScalars.allSatisfy(isDomain) }),
            let tld = labels.last, topLevelDomains.contains(String(tld)), labels.dropLast().contains(where: { $0.count >= 2 })
        else { return false }
        // "e.g." or a decimal are not hosts: at least one label with a letter besides the last.
        return labels.dropLast().contains { $0.unicodeScalars.contains(where: Characters.isASCIILetter) }
    }
}
