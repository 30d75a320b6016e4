/// Picks the best supported language for an `Accept-Language` header (RFC 9110 §12.5.4).
public enum LanguageNegotiation {
    public static func bestMatch(acceptLanguage header: String, supported: [Language]) -> Language? {
        var ranges: [(tag: String, quality: Double, order: Int)] = []
        // Bounded: a header with thousands of ranges gets no more attention than one with 32.
        for (order, part) in header.split(separator: ",").prefix(32).enumerated() {
            let fields = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = fields.first?.lowercased(), !tag.isEmpty else { continue }
            var quality = 1.0
            for parameter in fields.dropFirst() where parameter.lowercased().hasPrefix("q=") {
                quality = Double(parameter.dropFirst(2)) ?? 0
            }
            guard quality > 0, quality <= 1 else { continue }
            ranges.append((tag, quality, order))
        }
        ranges.sort { $0.quality != $1.quality ? $0.quality > $1.quality : $0.order < $1.order }
        for range in ranges {
            if range.tag == "*" { return supported.first }
            let primary = range.tag.split(separator: "-").first.map(String.init) ?? range.tag
            if let match = supported.first(where: { $0.code.lowercased() == range.tag || $0.code.lowercased() == primary }) {
                return match
            }
        }
        return nil
    }
}
