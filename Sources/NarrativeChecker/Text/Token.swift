/// A folded word, as bytes in the draft's word buffer (``Tokenizer/Result/folded``), with the keys
/// the matcher looks it up by, computed once while cutting.
struct WordKey: Sendable {
    /// Where its folded UTF-8 sits in the word buffer (32 bits: drafts are at most a few megabytes,
    /// and a smaller token is a faster one).
    private let storedOffset: Int32
    private let storedLength: Int32
    /// ``BitFilter/hash(_:)`` of the folded word.
    let hash: UInt64
    /// Its first and last three scalars packed (``TermIndex/stemKey(_:fromEnd:)``).
    let prefix: UInt64
    let suffix: UInt64

    var offset: Int { Int(storedOffset) }

    /// The same key for bytes stored `distance` further on.
    func moved(by distance: Int) -> WordKey {
        WordKey(offset: offset + distance, length: length, hash: hash, prefix: prefix, suffix: suffix)
    }
    var length: Int { Int(storedLength) }

    init(offset: Int, length: Int, hash: UInt64, prefix: UInt64, suffix: UInt64) {
        storedOffset = Int32(truncatingIfNeeded: offset)
        storedLength = Int32(truncatingIfNeeded: length)
        self.hash = hash
        self.prefix = prefix
        self.suffix = suffix
    }
}

/// A word of the draft, as the rules see it. Offsets are stored in 32 bits (drafts are at most a
/// few megabytes), so a token is 64 bytes and the matcher's walk over them stays in cache.
struct Token: Sendable {
    let key: WordKey
    private let alternateStart: Int32
    private let alternateEnd: Int32
    private let scalarStart: Int32
    private let scalarEnd: Int32
    private let utf8Start: Int32
    private let utf8End: Int32
    private let sentenceIndex: Int32
    let isQuoted: Bool
    /// A figure: a number ("1,200", "3.5") or a percentage.
    let isFigure: Bool
    let isPercent: Bool

    init(
        key: WordKey, alternates: Range<Int>, start: Int, end: Int, byteStart: Int, byteEnd: Int, sentence: Int, isQuoted: Bool,
        isFigure: Bool, isPercent: Bool
    ) {
        self.key = key
        alternateStart = Int32(truncatingIfNeeded: alternates.lowerBound)
        alternateEnd = Int32(truncatingIfNeeded: alternates.upperBound)
        scalarStart = Int32(truncatingIfNeeded: start)
        scalarEnd = Int32(truncatingIfNeeded: end)
        utf8Start = Int32(truncatingIfNeeded: byteStart)
        utf8End = Int32(truncatingIfNeeded: byteEnd)
        sentenceIndex = Int32(truncatingIfNeeded: sentence)
        self.isQuoted = isQuoted
        self.isFigure = isFigure
        self.isPercent = isPercent
    }

    /// Further forms to try (in Arabic, the word without attached clitics): a range of
    /// ``Tokenizer/Result/alternates``.
    var alternates: Range<Int> { Int(alternateStart)..<Int(alternateEnd) }
    /// Offsets in Unicode scalars: `start` inclusive, `end` exclusive.
    var start: Int { Int(scalarStart) }
    var end: Int { Int(scalarEnd) }
    /// The same span in the draft's UTF-8, for quoting it without counting scalars again.
    var byteStart: Int { Int(utf8Start) }
    var byteEnd: Int { Int(utf8End) }
    var sentence: Int { Int(sentenceIndex) }
}
