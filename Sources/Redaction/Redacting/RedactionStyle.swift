import Crypto
import Foundation

/// How a found detail is replaced.
public enum RedactionStyle: Sendable {
    /// `[NAME]`, `[PHONE]` …
    case label
    /// Every letter and digit becomes "•"; spaces and punctuation stay, so the shape remains readable.
    case mask
    /// Left as written (a moderator decided it may stay).
    case keep
    /// The same detail gets the same stand-in throughout a story ("Person KQ"), from an HMAC of the
    /// detail with a secret only the server holds, so stand-ins cannot be reversed or linked without it.
    case pseudonym(secret: PseudonymSecret)
}

/// The server's secret for pseudonyms (at least 32 bytes), kept as bytes so styles can cross threads.
public struct PseudonymSecret: Sendable {
    let bytes: Data

    public init?(_ bytes: Data) {
        guard bytes.count >= 32 else { return nil }
        self.bytes = bytes
    }

    var key: SymmetricKey { SymmetricKey(data: bytes) }
}

extension Redactor {
    /// The text with every span of at least `minimumConfidence` replaced.
    public static func redact(_ text: String, spans: [Span], style: RedactionStyle = .label, minimumConfidence: Double = 0.5) -> String {
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var cursor = 0
        for span in spans.sorted(by: { $0.start < $1.start }) where span.confidence >= minimumConfidence && span.start >= cursor {
            guard span.end <= scalars.count else { break }
            output.append(contentsOf: scalars[cursor..<span.start])
            output.append(contentsOf: replacement(for: span, scalars: scalars[span.start..<span.end], style: style).unicodeScalars)
            cursor = span.end
        }
        output.append(contentsOf: scalars[cursor...])
        return String(output)
    }

    private static func replacement(for span: Span, scalars: ArraySlice<Unicode.Scalar>, style: RedactionStyle) -> String {
        switch style {
        case .label:
            return span.type.label
        case .keep:
            return span.text
        case .mask:
            return String(String.UnicodeScalarView(scalars.map { Characters.isWordScalar($0) ? "•" : $0 }))
        case .pseudonym(let secret):
            let code = HMAC<SHA256>.authenticationCode(
                for: Data((span.type.rawValue + ":" + Characters.fold(span.text)).utf8), using: secret.key)
            let bytes = Array(code)
            let letters = Array("ABCDEFGHJKLMNPQRSTUVWXYZ")
            let tag = String([letters[Int(bytes[0]) % letters.count], letters[Int(bytes[1]) % letters.count]])
            return span.type == .name ? "Person \(tag)" : "\(span.type.label.dropLast()) \(tag)]"
        }
    }
}
