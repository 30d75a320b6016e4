/// WebP: RIFF chunks are copied except EXIF, XMP and unknown ones; the extended header's EXIF and
/// XMP flags are cleared and the RIFF size written again.
enum WebP {
    static let kept: Set<String> = ["VP8 ", "VP8L", "VP8X", "ALPH", "ANIM", "ANMF", "ICCP"]

    static func clean(_ bytes: [UInt8]) throws(PhotoError) -> [UInt8] {
        let declared = Int(littleEndianBytes: bytes, at: 4)
        guard declared + 8 <= bytes.count, declared >= 4 else { throw PhotoError.malformed("it is shorter than it says") }
        var chunks: [UInt8] = []
        var index = 12
        var sawImage = false
        let end = declared + 8
        while index < end {
            guard index + 8 <= end else { throw PhotoError.malformed("it ends inside a chunk header") }
            let type = String(decoding: bytes[index..<(index + 4)], as: UTF8.self)
            let size = Int(littleEndianBytes: bytes, at: index + 4)
            let padded = size + (size & 1)
            guard size <= end - index - 8 else { throw PhotoError.malformed("a chunk is longer than the file") }
            let chunkEnd = min(index + 8 + padded, end)
            if kept.contains(type) {
                var chunk = Array(bytes[index..<chunkEnd])
                if chunk.count < 8 + padded { chunk += [UInt8](repeating: 0, count: 8 + padded - chunk.count) }
                if type == "VP8X", chunk.count > 8 { chunk[8] &= ~UInt8(0x08 | 0x04) }  // EXIF and XMP present
                if type == "VP8 " || type == "VP8L" || type == "ANMF" { sawImage = true }
                chunks += chunk
            }
            index = chunkEnd
        }
        guard sawImage else { throw PhotoError.malformed("it has no picture data") }
        let size = UInt32(chunks.count + 4)
        return Array("RIFF".utf8) + [UInt8(size & 0xFF), UInt8(size >> 8 & 0xFF), UInt8(size >> 16 & 0xFF), UInt8(size >> 24)]
            + Array("WEBP".utf8) + chunks
    }
}

extension Int {
    init(littleEndianBytes bytes: [UInt8], at index: Int) {
        self = Int(bytes[index]) | Int(bytes[index + 1]) << 8 | Int(bytes[index + 2]) << 16 | Int(bytes[index + 3]) << 24
    }
}
