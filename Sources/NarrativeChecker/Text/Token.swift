/// A word of the draft, as the rules see it.
struct Token: Sendable {
    /// The folded word (see ``Folding``).
    let key: String
    /// ``BitFilter/hash(_:)`` of the key, and its first and last three scalars packed
    /// (``TermIndex/stemKey(_:fromEnd:)``), computed once per word.
    let keyHash: UInt64
    let prefixKey: UInt64
    let suffixKey: UInt64
    /// Further forms to try: in Arabic, the word without attached clitics.
    let alternates: [String]
    /// Offsets in Unicode scalars: `start` inclusive, `end` exclusive.
    let start: Int
    let end: Int
    let sentence: Int
    let isQuoted: Bool
    /// A figure: a number ("1,200", "3.5") or a percentage.
    let isFigure: Bool
    let isPercent: Bool

    /// Every form, for tests and rare paths; the matcher uses ``forEachKey(_:)``.
    var keys: [String] { [key] + alternates }

    /// Calls `body` with the key, then each alternate, without building an array.
    @inline(__always)
    func forEachKey(_ body: (String) -> Void) {
        body(key)
        for alternate in alternates { body(alternate) }
    }

    @inline(__always)
    func anyKey(_ predicate: (String) -> Bool) -> Bool {
        if predicate(key) { return true }
        for alternate in alternates where predicate(alternate) { return true }
        return false
    }
}
