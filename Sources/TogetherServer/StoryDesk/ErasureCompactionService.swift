import FluentKit
import Foundation
import Logging
import ServiceLifecycle
import TogetherStore

/// Every hour, if stories were withdrawn since the last pass, rewrites the tables that held their
/// words so the bytes leave the database files too (PostgreSQL keeps deleted rows on disk until
/// they are overwritten). Withdrawn words are unreadable at once; this bounds how long they stay on disk.
struct ErasureCompactionService: Service {
    let services: AppServices
    var interval: Duration = .seconds(3600)

    static let settingKey = "erasure-compacted-at"

    func run() async throws {
        while !Task.isShuttingDownGracefully {
            do {
                if try await compactIfNeeded() { services.logger.info("erased content compacted") }
            } catch {
                services.logger.error("erasure compaction failed", metadata: ["type": "\(type(of: error))"])
            }
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
        }
    }

    /// Compacts when a withdrawal happened after the last compaction; returns whether it did.
    @discardableResult
    func compactIfNeeded() async throws -> Bool {
        let database = services.store.database
        let setting = try await Setting.find(Self.settingKey, on: database)
        let last = setting.flatMap { Double($0.value) }.map(Date.init(timeIntervalSince1970:)) ?? .distantPast
        guard try await StoryTombstone.query(on: database).filter(\.$withdrawnAt > last).first() != nil else { return false }
        let started = services.now()
        try await services.store.compactErasedContent()
        let value = String(started.timeIntervalSince1970)
        if let setting {
            setting.value = value
            try await setting.save(on: database)
        } else {
            try await Setting(key: Self.settingKey, value: value).create(on: database)
        }
        return true
    }
}
