import Crypto
import Foundation
import HummingbirdBcrypt
import NIOPosix

/// bcrypt, run off the event loops so a sign-in never stalls other requests.
struct PasswordHasher: Sendable {
    let cost: UInt8

    static let minimumLength = 12
    static let maximumLength = 256

    func hash(_ password: String) async throws -> String {
        let input = Self.prehash(password)
        let cost = self.cost
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(input, cost: cost) }
    }

    func verify(_ password: String, against hash: String) async throws -> Bool {
        // A user without a password yet (invited, not set up) must never match, even an empty one.
        guard !hash.isEmpty else {
            _ = try await self.hash(password)
            return false
        }
        let input = Self.prehash(password)
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(input, hash: hash) }
    }

    /// Spends the same time as a real check, so a missing account cannot be told apart by timing.
    func simulateVerify() async throws {
        _ = try await hash("timing-equaliser")
    }

    /// bcrypt reads only the first 72 bytes; hashing first keeps every character of a long passphrase.
    private static func prehash(_ password: String) -> String {
        Data(SHA256.hash(data: Data(password.utf8))).base64EncodedString()
    }
}
