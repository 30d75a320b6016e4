/// What changed between two versions of a text, word by word, for moderators and tellers to see
/// every edit.
public enum WordDiff {
    public enum Kind: String, Sendable {
        case same, added, removed
    }

    public struct Segment: Sendable, Equatable {
        public let kind: Kind
        public let text: String

        public init(kind: Kind, text: String) {
            self.kind = kind
            self.text = text
        }
    }

    /// Past this many differing words, the middle is shown as removed-then-added rather than
    /// aligned word by word, which keeps the work (and memory) bounded for very long edits.
    static let alignmentLimit = 1500

    public static func diff(_ old: String, _ new: String) -> [Segment] {
        let a = tokens(old)
        let b = tokens(new)
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let middleA = Array(a[prefix..<(a.count - suffix)])
        let middleB = Array(b[prefix..<(b.count - suffix)])

        var segments: [Segment] = []
        func append(_ kind: Kind, _ text: String) {
            guard !text.isEmpty else { return }
            if let last = segments.last, last.kind == kind {
                segments[segments.count - 1] = Segment(kind: kind, text: last.text + text)
            } else {
                segments.append(Segment(kind: kind, text: text))
            }
        }
        append(.same, a[0..<prefix].joined())
        if middleA.count > alignmentLimit || middleB.count > alignmentLimit {
            append(.removed, middleA.joined())
            append(.added, middleB.joined())
        } else {
            for (kind, token) in align(middleA, middleB) { append(kind, token) }
        }
        append(.same, a[(a.count - suffix)...].joined())
        return segments
    }

    /// Words and the white space after them, so joining the tokens gives back the text.
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var inSpace = false
        for character in text {
            let isSpace = character.isWhitespace
            if !isSpace, inSpace, !current.isEmpty {
                tokens.append(current)
                current = ""
            }
            inSpace = isSpace
            current.append(character)
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    /// Longest-common-subsequence alignment of two token lists.
    static func align(_ a: [String], _ b: [String]) -> [(Kind, String)] {
        let n = a.count
        let m = b.count
        var lengths = [[Int32]](repeating: [Int32](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var result: [(Kind, String)] = []
        var i = 0
        var j = 0
        while i < n, j < m {
            if a[i] == b[j] {
                result.append((.same, a[i]))
                i += 1
                j += 1
            } else if lengths[i + 1][j] >= lengths[i][j + 1] {
                result.append((.removed, a[i]))
                i += 1
            } else {
                result.append((.added, b[j]))
                j += 1
            }
        }
        while i < n {
            result.append((.removed, a[i]))
            i += 1
        }
        while j < m {
            result.append((.added, b[j]))
            j += 1
        }
        return result
    }
}
