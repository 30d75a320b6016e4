/// PNG: chunks are checked (length, CRC) and copied except text (tEXt, zTXt, iTXt), EXIF (eXIf), the
/// modification time and any ancillary chunk this code does not know. Data after IEND is dropped.
enum PNG {
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    /// Ancillary chunks about how to show the picture, not about who took it or where.
    static let keptAncillary: Set<String> = ["tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "sBIT", "bKGD", "pHYs", "acTL", "fcTL", "fdAT"]

    static func clean(_ bytes: [UInt8]) throws(PhotoError) -> [UInt8] {
        var output = signature
        output.reserveCapacity(bytes.count)
        var index = signature.count
        var first = true
        while true {
            guard index + 12 <= bytes.count else { throw PhotoError.malformed("it ends before its last chunk") }
            let length = Int(bytes[index]) << 24 | Int(bytes[index + 1]) << 16 | Int(bytes[index + 2]) << 8 | Int(bytes[index + 3])
            guard length <= bytes.count - index - 12 else { throw PhotoError.malformed("a chunk is longer than the file") }
            let typeBytes = bytes[(index + 4)..<(index + 8)]
            guard typeBytes.allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) }) else {
                throw PhotoError.malformed("a chunk has no readable name")
            }
            let type = String(decoding: typeBytes, as: UTF8.self)
            let end = index + 12 + length
            let stored = UInt32(bytes[end - 4]) << 24 | UInt32(bytes[end - 3]) << 16 | UInt32(bytes[end - 2]) << 8 | UInt32(bytes[end - 1])
            guard CRC32.checksum(bytes[(index + 4)..<(end - 4)]) == stored else {
                throw PhotoError.malformed("the \(type) chunk is corrupt")
            }
            if first, type != "IHDR" { throw PhotoError.malformed("it does not start with its header") }
            first = false
            let isCritical = typeBytes.first.map { $0 >= 0x41 && $0 <= 0x5A } ?? false
            if isCritical {
                guard ["IHDR", "PLTE", "IDAT", "IEND"].contains(type) else { throw PhotoError.malformed("it has an unknown \(type) chunk") }
                output += bytes[index..<end]
            } else if keptAncillary.contains(type) {
                output += bytes[index..<end]
            }
            index = end
            if type == "IEND" { return output }
        }
    }
}

/// The CRC-32 of PNG and zlib (polynomial 0xEDB88320).
enum CRC32 {
    static let table: [UInt32] = (0..<256).map { value in
        var crc = UInt32(value)
        for _ in 0..<8 { crc = crc & 1 == 1 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
        return crc
    }

    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}
