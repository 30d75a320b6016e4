import Foundation

/// How words are compared: without case or accents, and in Arabic without short vowels, tatweel
/// or the variants of alef, so a pack's term matches however a writer spelled it.
enum Folding {
    static func fold(_ word: ArraySlice<Unicode.Scalar>) -> String {
        // Most words are ASCII: lower-case their bytes straight into the new string.
        if word.allSatisfy({ $0.value < 0x80 }) {
            return String(unsafeUninitializedCapacity: word.count) { buffer in
                for (index, scalar) in zip(buffer.indices, word) {
                    let value = UInt8(scalar.value)
                    buffer[index] = value >= 0x41 && value <= 0x5A ? value + 32 : value
                }
                return word.count
            }
        }
        var result = String.UnicodeScalarView()
        for scalar in word {
            append(scalar, to: &result)
        }
        return String(result)
    }

    static func fold(_ word: String) -> String { fold(ArraySlice(word.unicodeScalars)) }

    /// An ASCII word folded in one pass, with the keys the matcher needs (``BitFilter/hash(_:)``
    /// and the packed first and last three letters); nil for any other word.
    @inline(__always)
    static func foldASCII(_ word: ArraySlice<Unicode.Scalar>) -> (key: String, hash: UInt64, prefix: UInt64, suffix: UInt64)? {
        var hash: UInt64 = 14_695_981_039_346_656_037
        var prefix: UInt64 = 0
        var suffix: UInt64 = 0
        let count = word.count
        for scalar in word where scalar.value >= 0x80 { return nil }
        let key = String(unsafeUninitializedCapacity: count) { buffer in
            var index = 0
            for scalar in word {
                var value = UInt8(truncatingIfNeeded: scalar.value)
                if value >= 0x41 && value <= 0x5A { value += 32 }
                buffer[index] = value
                hash = (hash ^ UInt64(value)) &* 1_099_511_628_211
                if index < 3 { prefix = prefix << 21 | UInt64(value) }
                // As stemKey(fromEnd: true) packs them: the last letter highest.
                if index >= count - 3 { suffix |= UInt64(value) << (21 * UInt64(index - (count - 3))) }
                index += 1
            }
            return count
        }
        // Words shorter than the stem length never match a stem: give them keys no stem has.
        if count < 3 { return (key, hash, UInt64.max - UInt64(count), UInt64.max - UInt64(count)) }
        return (key, hash, prefix, suffix)
    }

    @inline(__always)
    private static func append(_ scalar: Unicode.Scalar, to result: inout String.UnicodeScalarView) {
        let value = scalar.value
        if value < 0x80 {
            // ASCII: the common case, lower-cased by hand.
            result.append(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(value + 32)! : scalar)
            return
        }
        switch value {
        case 0x00DF: result.append(contentsOf: "ss".unicodeScalars)  // ß
        case 0x0130, 0x0131: result.append("i")  // Turkish İ and ı
        case 0x0640: return  // tatweel
        case 0x064B...0x065F, 0x0670: return  // Arabic short vowels and other marks
        case 0x0622, 0x0623, 0x0625, 0x0671: result.append("\u{0627}")  // alef forms
        case 0x0649: result.append("\u{064A}")  // alef maqsura -> yeh
        case 0x0629: result.append("\u{0647}")  // teh marbuta -> heh
        default:
            // Decompose, drop combining marks, lower-case what is left.
            for part in String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
            where part.properties.generalCategory != .nonspacingMark {
                if part.properties.changesWhenLowercased {
                    result.append(contentsOf: part.properties.lowercaseMapping.unicodeScalars)
                } else {
                    result.append(part)
                }
            }
        }
    }

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
