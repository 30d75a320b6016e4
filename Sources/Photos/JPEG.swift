/// JPEG: segments are copied except application segments other than JFIF, the ICC colour profile
/// and Adobe's colour transform, and comments. Data after the end marker is dropped.
enum JPEG {
    static func clean(_ bytes: [UInt8]) throws(PhotoError) -> [UInt8] {
        var output: [UInt8] = [0xFF, 0xD8]
        output.reserveCapacity(bytes.count)
        var index = 2
        var sawFrame = false
        var sawScan = false
        while true {
            guard index < bytes.count else { throw PhotoError.malformed("it ends before the picture does") }
            guard bytes[index] == 0xFF else { throw PhotoError.malformed("a segment does not start where it should") }
            while index < bytes.count, bytes[index] == 0xFF { index += 1 }
            guard index < bytes.count else { throw PhotoError.malformed("it ends inside a marker") }
            let marker = bytes[index]
            index += 1
            if marker == 0xD9 {
                guard sawFrame, sawScan else { throw PhotoError.malformed("it has no picture data") }
                output += [0xFF, 0xD9]
                return output
            }
            if (0xD0...0xD7).contains(marker) || marker == 0x01 {
                output += [0xFF, marker]
                continue
            }
            // Outside the picture data only real markers may follow 0xFF: a stuffed zero or another
            // start of image here is damage, and passing it on would make the output read differently.
            guard marker >= 0xC0, marker != 0xD8 else { throw PhotoError.malformed("a marker is not valid") }
            guard index + 2 <= bytes.count else { throw PhotoError.malformed("it ends inside a segment") }
            let length = Int(bytes[index]) << 8 | Int(bytes[index + 1])
            guard length >= 2, index + length <= bytes.count else { throw PhotoError.malformed("a segment is longer than the file") }
            let segment = bytes[index..<(index + length)]
            if keeps(marker, segment) { output += [0xFF, marker] + segment }
            index += length
            if (0xC0...0xCF).contains(marker), marker != 0xC4, marker != 0xC8, marker != 0xCC { sawFrame = true }
            if marker == 0xDA {
                sawScan = true
                // Entropy-coded data runs to the next marker that is not a stuffed zero or a restart.
                let start = index
                while index + 1 < bytes.count {
                    if bytes[index] == 0xFF, bytes[index + 1] != 0x00, !(0xD0...0xD7).contains(bytes[index + 1]) { break }
                    index += 1
                }
                guard index + 1 < bytes.count else { throw PhotoError.malformed("the picture data has no end") }
                output += bytes[start..<index]
            }
        }
    }

    private static func keeps(_ marker: UInt8, _ segment: ArraySlice<UInt8>) -> Bool {
        let payload = segment.dropFirst(2)
        switch marker {
        case 0xE0: return payload.starts(with: Array("JFIF\u{0}".utf8))  // not JFXX, which carries a thumbnail
        case 0xE2: return payload.starts(with: Array("ICC_PROFILE\u{0}".utf8))
        case 0xEE: return payload.starts(with: Array("Adobe".utf8))
        case 0xE1, 0xE3...0xED, 0xEF, 0xFE: return false
        default: return true
        }
    }
}
