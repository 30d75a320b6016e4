/// A frozen map from 64-bit keys to small integers, by open addressing: one multiply and usually
/// one probe per look-up, where a `Dictionary` would hash the key again with SipHash.
struct SlotTable: Sendable {
    private let keys: [UInt64]
    /// -1 marks an empty slot.
    private let values: [Int32]
    private let mask: Int

    init(_ pairs: [UInt64: Int]) {
        var capacity = 8
        while capacity < pairs.count * 2 { capacity *= 2 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var values = [Int32](repeating: -1, count: capacity)
        for (key, value) in pairs {
            var slot = Self.slot(key, capacity - 1)
            while values[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            keys[slot] = key
            values[slot] = Int32(value)
        }
        self.keys = keys
        self.values = values
        mask = capacity - 1
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    @inline(__always)
    func value(for key: UInt64) -> Int? {
        var slot = Self.slot(key, mask)
        while values[slot] >= 0 {
            if keys[slot] == key { return Int(values[slot]) }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
