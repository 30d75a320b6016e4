import Crypto
import Foundation

/// Seals tellers' contact details (AES-256-GCM) so a copy of the database reveals no phone number
/// or address. The key comes from `TOGETHER_CONTACT_KEY` (base64, 32 bytes) or from a key file
/// created on first run with mode 0600, which must be backed up apart from the database.
public struct ContactVault: Sendable {
    // Kept as bytes: SymmetricKey is not Sendable in this swift-crypto.
    private let keyBytes: Data

    public init(key: SymmetricKey) {
        self.keyBytes = key.withUnsafeBytes { Data($0) }
    }

    private var key: SymmetricKey { SymmetricKey(data: keyBytes) }

    /// The key from the environment, or from `contact.key` in the data directory (created if missing).
    public static func load(environmentValue: String?, dataDirectory: String) throws(VaultError) -> ContactVault {
        if let encoded = environmentValue, !encoded.isEmpty {
            guard let data = Data(base64Encoded: encoded), data.count == 32 else { throw .badEnvironmentKey }
            return ContactVault(key: SymmetricKey(data: data))
        }
        let path = keyPath(in: dataDirectory)
        let files = FileManager.default
        guard !files.fileExists(atPath: nextKeyPath(in: dataDirectory)) else { throw .rotationUnfinished(nextKeyPath(in: dataDirectory)) }
        if let data = files.contents(atPath: path) {
            guard data.count == 32 else { throw .badKeyFile(path) }
            return ContactVault(key: SymmetricKey(data: data))
        }
        let key = SymmetricKey(size: .bits256)
        let data = key.withUnsafeBytes { Data($0) }
        do {
            try files.createDirectory(atPath: dataDirectory, withIntermediateDirectories: true)
        } catch {
            throw .cannotCreateKeyFile(path)
        }
        guard files.createFile(atPath: path, contents: data, attributes: [.posixPermissions: 0o600]) else {
            throw .cannotCreateKeyFile(path)
        }
        return ContactVault(key: key)
    }

    public func seal(_ text: String) throws -> String {
        // `combined` is nil only for nonstandard nonce sizes, which this code never uses.
        guard let combined = try AES.GCM.seal(Data(text.utf8), using: key).combined else { throw VaultError.sealingFailed }
        return combined.base64EncodedString()
    }

    /// nil when the sealed value is damaged or was sealed with another key.
    public func open(_ sealed: String) -> String? {
        guard let data = Data(base64Encoded: sealed), let box = try? AES.GCM.SealedBox(combined: data),
            let plain = try? AES.GCM.open(box, using: key)
        else { return nil }
        return String(data: plain, encoding: .utf8)
    }
}

public enum VaultError: Error, CustomStringConvertible, Equatable {
    case badEnvironmentKey
    case badKeyFile(String)
    case cannotCreateKeyFile(String)
    case sealingFailed
    case rotationUnfinished(String)
    case rotationFailed(String)
    case keyFromEnvironment

    public var description: String {
        switch self {
        case .badEnvironmentKey: return "TOGETHER_CONTACT_KEY must be 32 bytes written in base64 (e.g. from `openssl rand -base64 32`)."
        case .badKeyFile(let path): return "The contact key file \(path) is damaged: it must hold exactly 32 bytes."
        case .cannotCreateKeyFile(let path): return "Cannot create the contact key file \(path)."
        case .sealingFailed: return "Contact details could not be sealed."
        case .rotationUnfinished(let path):
            return
                "A contact key rotation did not finish (\(path) exists): run `together contact-key rotate` again before starting the server."
        case .rotationFailed(let reason): return "The contact details could not be sealed again (nothing was changed): \(reason)"
        case .keyFromEnvironment:
            return "The contact key comes from TOGETHER_CONTACT_KEY: rotation works on the key file in the data directory (see docs)."
        }
    }
}
