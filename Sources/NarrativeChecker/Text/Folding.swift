import Foundation

/// How words are compared: without case or accents, and in Arabic without short vowels, tatweel
/// or the variants of alef, so a pack's term matches however a writer spelled it.
enum Folding {
    @inline(__always)
    static func fold(_ scalar: Unicode.Scalar, into key: inout KeyBuilder, _ folded: inout [UInt8]) {
        let value = scalar.value
        if value < 0x80 {
            // ASCII: the common case, lower-cased by hand.
            let byte = UInt8(truncatingIfNeeded: value)
            return key.appendASCII(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte, to: &folded)
        }
        switch value {
        case 0x00C0...0x024F:
            // Latin letters with accents: folded once, looked up after.
            for part in latin[Int(value - 0x00C0)] { key.append(part, to: &folded) }
        case 0x0640: return  // tatweel
        case 0x064B...0x065F, 0x0670: return  // Arabic short vowels and other marks
        case 0x0622, 0x0623, 0x0625, 0x0671: key.append("\u{0627}", to: &folded)  // alef forms
        case 0x0624: key.append("\u{0648}", to: &folded)  // waw with hamza
        case 0x0626, 0x0649: key.append("\u{064A}", to: &folded)  // yeh with hamza, alef maqsura -> yeh
        case 0x0629: key.append("\u{0647}", to: &folded)  // teh marbuta -> heh
        case 0x0600...0x06BF, 0x06C3...0x06D2, 0x06D4...0x06FF:
            // The rest of the Arabic block has no case and no decomposition; only its marks are dropped.
            if scalar.properties.generalCategory != .nonspacingMark { key.append(scalar, to: &folded) }
        default:
            for part in decomposedLowercase(scalar) { key.append(part, to: &folded) }
        }
    }

    /// Decomposed, without combining marks, lower-cased: é -> e, ß -> ss, İ -> i.
    static func decomposedLowercase(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        switch scalar.value {
        case 0x00DF: return ["s", "s"]
        case 0x0130, 0x0131: return ["i"]
        default: break
        }
        var parts: [Unicode.Scalar] = []
        for part in String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
        where part.properties.generalCategory != .nonspacingMark {
            if part.properties.changesWhenLowercased {
                parts.append(contentsOf: part.properties.lowercaseMapping.unicodeScalars)
            } else {
                parts.append(part)
            }
        }
        return parts
    }

    /// U+00C0 to U+024F folded, computed once.
    private static let latin: [[Unicode.Scalar]] = (0x00C0...0x024F).map { decomposedLowercase(Unicode.Scalar($0)!) }

    /// An Arabic word without its attached conjunction (و ف), preposition (ب ك ل) and article (ال),
    /// each form that leaves at least two letters. Pack terms are written without them.
    static func arabicStems(_ word: String) -> [String] {
        var forms: [String] = []
        var scalars = Array(word.unicodeScalars)
        func add() { if scalars.count >= 2 { forms.append(String(String.UnicodeScalarView(scalars))) } }
        func drop(_ prefix: [UInt32]) -> Bool {
            guard scalars.count - prefix.count >= 2, zip(scalars, prefix).allSatisfy({ $0.value == $1 }) else { return false }
            scalars.removeFirst(prefix.count)
            return true
        }
        let original = scalars
        for conjunction in [[0x0648], [0x0641], []] as [[UInt32]] {
            scalars = original
            guard conjunction.isEmpty || drop(conjunction) else { continue }
            let afterConjunction = scalars
            if !conjunction.isEmpty { add() }
            for preposition in [[0x0628], [0x0643], [0x0644], []] as [[UInt32]] {
                scalars = afterConjunction
                guard preposition.isEmpty || drop(preposition) else { continue }
                if !preposition.isEmpty { add() }
                if drop([0x0627, 0x0644]) { add() }
            }
            // ل + ال is written لل.
            scalars = afterConjunction
            if drop([0x0644, 0x0644]) { add() }
        }
        return Array(Set(forms)).sorted()
    }

    static func isArabic(_ scalar: Unicode.Scalar) -> Bool { (0x0600...0x06FF).contains(scalar.value) }
}
