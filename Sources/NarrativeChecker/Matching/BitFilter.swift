/// A 65,536-bit set of hashes: most words of a draft are in no rule, and one bit test turns them
/// away before the dictionary hashes them again.
struct BitFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)

    @inline(__always)
    private static func slot(_ hash: UInt64) -> (word: Int, bit: UInt64) {
        let folded = Int(truncatingIfNeeded: (hash ^ (hash >> 29) ^ (hash >> 43)) & 0xFFFF)
        return (folded >> 6, 1 << UInt64(folded & 63))
    }

    mutating func insert(_ hash: UInt64) {
        let (word, bit) = Self.slot(hash)
        bits[word] |= bit
    }

    @inline(__always)
    func contains(_ hash: UInt64) -> Bool {
        let (word, bit) = Self.slot(hash)
        return bits[word] & bit != 0
    }

    /// FNV-1a over the word's folded UTF-8: cheap, and computed once per word of the draft.
    @inline(__always)
    static func hash(_ word: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 14_695_981_039_346_656_037
        for byte in word { hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211 }
        return hash
    }
}
