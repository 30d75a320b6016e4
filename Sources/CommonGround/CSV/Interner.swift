/// Gives each distinct byte string (a participant or statement id) a number, in order of first
/// sight, without making a `String` for every row of a file with millions of them.
struct Interner {
    private var slots = [Int32](repeating: -1, count: 1024)
    private var hashes: [UInt64] = []
    private var starts: [Int] = []
    private var storage: [UInt8] = []

    var count: Int { starts.count }

    /// The number of `bytes`, and whether it is new.
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> (index: Int, isNew: Bool) {
        var hash: UInt64 = 14_695_981_039_346_656_037
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash >> 7) & mask
        while slots[slot] >= 0 {
            let candidate = Int(slots[slot])
            if hashes[candidate] == hash, equals(candidate, bytes) { return (candidate, false) }
            slot = (slot + 1) & mask
        }
        let index = starts.count
        slots[slot] = Int32(index)
        hashes.append(hash)
        starts.append(storage.count)
        storage.append(contentsOf: bytes)
        if starts.count * 2 > slots.count { grow() }
        return (index, true)
    }

    private func equals(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[index]
        let end = index + 1 < starts.count ? starts[index + 1] : storage.count
        guard end - start == bytes.count else { return false }
        for offset in 0..<bytes.count where storage[start + offset] != bytes[offset] { return false }
        return true
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash >> 7) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }

    /// Every interned string, by number.
    var strings: [String] {
        starts.indices.map { index in
            let end = index + 1 < starts.count ? starts[index + 1] : storage.count
            return String(decoding: storage[starts[index]..<end], as: UTF8.self)
        }
    }
}
