/// Character classes the detectors share, by scalar: fast, and the same in every detector.
enum Characters {
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType == .decimal || properties.generalCategory == .nonspacingMark
    }

    /// 0...9 for ASCII, Arabic-Indic and Persian digits (stories in Arabic use either).
    static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x30...0x39: return Int(scalar.value - 0x30)
        case 0x660...0x669: return Int(scalar.value - 0x660)
        case 0x6F0...0x6F9: return Int(scalar.value - 0x6F0)
        default: return nil
        }
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { digitValue(scalar) != nil }

    static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value >= 0x41 && scalar.value <= 0x5A) || (scalar.value >= 0x61 && scalar.value <= 0x7A)
    }

    static func isArabic(_ scalar: Unicode.Scalar) -> Bool {
        (0x600...0x6FF).contains(scalar.value) || (0x750...0x77F).contains(scalar.value) || (0xFB50...0xFDFF).contains(scalar.value)
            || (0xFE70...0xFEFF).contains(scalar.value)
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\u{A0}" || scalar == "\t" || scalar == "\u{202F}"
    }

    /// Lower case; in Arabic, short vowels and tatweel dropped and the forms of alef made one, as
    /// people write names either way.
    static func fold(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        for scalar in scalars {
            switch scalar.value {
            case 0x64B...0x652, 0x670, 0x640: continue
            case 0x622, 0x623, 0x625, 0x671: view.append("\u{627}")
            case 0x649: view.append("\u{64A}")
            default:
                if scalar.isASCII {
                    let value = scalar.value
                    view.append(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(value + 32)! : scalar)
                } else {
                    view.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
                }
            }
        }
        return String(view)
    }

    static func fold(_ text: String) -> String {
        fold(ArraySlice(Array(text.unicodeScalars)))
    }
}
