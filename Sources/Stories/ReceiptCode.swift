import Crypto
import Foundation

/// The private code a teller keeps to manage their story without an account.
///
/// 26 characters of Crockford base32 (130 random bits), grouped for reading aloud
/// (`K7MQ2-HT9XA-...`). Typing is forgiving: case, spaces and dashes do not matter, and O, I, L
/// are read as 0, 1, 1. Only a hash is ever stored.
public struct ReceiptCode: Sendable, Equatable, CustomStringConvertible {
    static let symbols = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
    static let length = 26

    public let value: String

    public static func generate<R: RandomNumberGenerator>(using generator: inout R) -> ReceiptCode {
        ReceiptCode(value: String((0..<length).map { _ in symbols[Int.random(in: 0..<symbols.count, using: &generator)] }))
    }

    public static func generate() -> ReceiptCode {
        var generator = SystemRandomNumberGenerator()
        return generate(using: &generator)
    }

    /// Reads a code as a person typed it; nil when it cannot be a code.
    public init?(typed: String) {
        let cleaned = String(
            typed.uppercased().compactMap { character -> Character? in
                switch character {
                case " ", "-", "\t", "\n": return nil
                case "O": return "0"
                case "I", "L": return "1"
                default: return character
                }
            })
        guard cleaned.count == Self.length, cleaned.allSatisfy(Self.symbols.contains) else { return nil }
        value = cleaned
    }

    init(value: String) {
        self.value = value
    }

    /// In groups of five, as shown to the teller.
    public var description: String {
        let characters = Array(value)
        return stride(from: 0, to: characters.count, by: 5)
            .map { String(characters[$0..<min($0 + 5, characters.count)]) }
            .joined(separator: "-")
    }

    /// What the database keeps: the code itself never is.
    public var hash: String {
        SHA256.hash(data: Data(value.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
