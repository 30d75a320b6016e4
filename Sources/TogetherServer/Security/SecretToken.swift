import Crypto
import Foundation

/// Random secrets handed to people (session cookies, setup links, API tokens) and the hashes
/// the database keeps instead of them.
enum SecretToken {
    /// 32 random bytes, base64url without padding: 43 characters, safe in URLs and cookies.
    static func generate(prefix: String = "") -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return prefix + Data(bytes).base64URLEncoded()
    }

    /// SHA-256, hex. Tokens carry 256 bits of entropy, so a fast hash is enough here (unlike passwords).
    static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Compares without leaking, through timing, how many leading characters matched.
    static func constantTimeEquals(_ lhs: String, _ rhs: String) -> Bool {
        let a = Array(lhs.utf8)
        let b = Array(rhs.utf8)
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// Tokens arrive from URLs and headers: anything not shaped like ours is refused before any lookup.
    static func isWellFormed(_ token: some StringProtocol, prefix: String = "") -> Bool {
        guard token.hasPrefix(prefix) else { return false }
        let body = token.dropFirst(prefix.count)
        return body.count == 43 && body.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
    }
}

extension Data {
    func base64URLEncoded() -> String {
        base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
