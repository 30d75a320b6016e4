import Crypto
import FluentKit
import Foundation
import TogetherStore

extension ContactVault {
    static func keyPath(in dataDirectory: String) -> String { (dataDirectory as NSString).appendingPathComponent("contact.key") }
    /// The next key while a rotation is under way; its presence means the rotation has not finished.
    static func nextKeyPath(in dataDirectory: String) -> String { keyPath(in: dataDirectory) + ".next" }

    /// What a rotation did, in counts.
    public struct Rotation: Sendable, Equatable {
        public var resealed = 0
        /// Sealed with neither key (damaged): left as they were.
        public var unreadable = 0
    }

    /// Seals every contact detail again with a new key, then replaces the key file. The new key is
    /// written first (`contact.key.next`), so an interrupted rotation can be run again and finishes:
    /// values already sealed with the new key are recognised and left alone. Stop the server first
    /// and start it again afterwards: a running server keeps the old key in memory.
    public static func rotate(dataDirectory: String, database: any Database) async throws(VaultError) -> Rotation {
        let currentPath = keyPath(in: dataDirectory)
        let nextPath = nextKeyPath(in: dataDirectory)
        let files = FileManager.default
        guard let currentData = files.contents(atPath: currentPath), currentData.count == 32 else {
            throw VaultError.badKeyFile(currentPath)
        }
        let nextData: Data
        if let pending = files.contents(atPath: nextPath), pending.count == 32 {
            nextData = pending
        } else {
            nextData = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }
            try? files.removeItem(atPath: nextPath)
            guard files.createFile(atPath: nextPath, contents: nextData, attributes: [.posixPermissions: 0o600]) else {
                throw VaultError.cannotCreateKeyFile(nextPath)
            }
        }
        let old = ContactVault(key: SymmetricKey(data: currentData))
        let new = ContactVault(key: SymmetricKey(data: nextData))
        let rotation: Rotation
        do {
            rotation = try await database.transaction { db in
                var rotation = Rotation()
                for record in try await StoryRecord.query(on: db).filter(\.$contactSealed != nil).all() {
                    guard let sealed = record.contactSealed else { continue }
                    if let plain = old.open(sealed) {
                        record.contactSealed = try new.seal(plain)
                        try await record.save(on: db)
                        rotation.resealed += 1
                    } else if new.open(sealed) == nil {
                        rotation.unreadable += 1
                    }
                }
                return rotation
            }
        } catch {
            throw VaultError.rotationFailed("\(error)")
        }
        // rename(2) replaces the old key file in one step: there is never a moment without a key.
        guard rename(nextPath, currentPath) == 0 else { throw VaultError.cannotCreateKeyFile(currentPath) }
        return rotation
    }
}
