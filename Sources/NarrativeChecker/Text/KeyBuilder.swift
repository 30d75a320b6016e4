/// One word's keys, built while its folded UTF-8 is appended to the word buffer: the hash and the
/// packed first and last three scalars, so no string is made for the word.
struct KeyBuilder {
    let offset: Int
    private var hash: UInt64 = 14_695_981_039_346_656_037
    private var prefix: UInt64 = 0
    private var suffix: UInt64 = 0
    private var scalars = 0

    init(offset: Int) { self.offset = offset }

    @inline(__always)
    mutating func appendASCII(_ byte: UInt8, to folded: inout [UInt8]) {
        folded.append(byte)
        hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211
        note(UInt64(byte))
    }

    @inline(__always)
    mutating func append(_ scalar: Unicode.Scalar, to folded: inout [UInt8]) {
        if scalar.value < 0x80 { return appendASCII(UInt8(truncatingIfNeeded: scalar.value), to: &folded) }
        for unit in UTF8.encode(scalar) ?? UTF8.encode("\u{FFFD}")! {
            folded.append(unit)
            hash = (hash ^ UInt64(unit)) &* 1_099_511_628_211
        }
        note(UInt64(scalar.value))
    }

    /// As ``TermIndex/stemKey(_:fromEnd:)`` packs them: the first letter highest in the prefix,
    /// the last letter highest in the suffix.
    @inline(__always)
    private mutating func note(_ value: UInt64) {
        if scalars < TermIndex<Void>.stemKeyLength { prefix = prefix << 21 | value }
        suffix = suffix >> 21 | value << 42
        scalars += 1
    }

    func finish(_ folded: [UInt8]) -> WordKey {
        // Words shorter than the stem length never match a stem: give them keys no stem has.
        let short = UInt64.max - UInt64(scalars)
        let isShort = scalars < TermIndex<Void>.stemKeyLength
        return WordKey(
            offset: offset, length: folded.count - offset, hash: hash, prefix: isShort ? short : prefix, suffix: isShort ? short : suffix)
    }
}
