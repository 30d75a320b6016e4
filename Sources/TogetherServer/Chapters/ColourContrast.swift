import Foundation

/// WCAG 2.2 contrast between two `#rrggbb` colours, so a chapter's colours keep its pages readable.
enum ColourContrast {
    /// The platform's light page background, against which the accent band is drawn.
    static let pageBackground = "#faf7f2"
    /// The darker of the light backgrounds links are drawn on (`--alt`): the stricter test.
    static let alternateBackground = "#f3efe8"
    static let white = "#ffffff"

    /// Red, green and blue from 0 to 1, or nil when the text is not `#` and six hex digits.
    static func components(_ hex: String) -> (Double, Double, Double)? {
        let digits = Array(hex.utf8)
        let isHexDigit = { (byte: UInt8) in (0x30...0x39).contains(byte) || (0x61...0x66).contains(byte) || (0x41...0x46).contains(byte) }
        guard digits.count == 7, digits[0] == UInt8(ascii: "#"), digits.dropFirst().allSatisfy(isHexDigit),
            let value = UInt32(String(hex.dropFirst()), radix: 16)
        else {
            return nil
        }
        return (Double((value >> 16) & 0xff) / 255, Double((value >> 8) & 0xff) / 255, Double(value & 0xff) / 255)
    }

    static func luminance(_ hex: String) -> Double? {
        guard let (r, g, b) = components(hex) else { return nil }
        func linear(_ c: Double) -> Double { c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055).pow(2.4) }
        return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
    }

    /// From 1 (none) to 21 (black on white); nil when either colour is malformed.
    static func ratio(_ first: String, _ second: String) -> Double? {
        guard let a = luminance(first), let b = luminance(second) else { return nil }
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// A darker shade for hovered buttons: each channel scaled down by a quarter.
    static func darker(_ hex: String) -> String {
        guard let (r, g, b) = components(hex) else { return hex }
        func channel(_ c: Double) -> String {
            let value = Int((c * 0.75 * 255).rounded())
            return String(value, radix: 16).count == 1 ? "0" + String(value, radix: 16) : String(value, radix: 16)
        }
        return "#" + channel(r) + channel(g) + channel(b)
    }
}

extension Double {
    fileprivate func pow(_ exponent: Double) -> Double { Foundation.pow(self, exponent) }
}
