import Foundation
import Logging
import ServiceLifecycle

/// Every hour, erases what is kept no longer than the retention period (180 days unless configured):
/// stories never published, and contact details. The log says how many, never what.
struct RetentionService: Service {
    let services: AppServices
    var interval: Duration = .seconds(3600)

    func run() async throws {
        while !Task.isShuttingDownGracefully {
            do {
                try await sweep(now: services.now())
            } catch {
                services.logger.error("retention purge failed", metadata: ["type": "\(type(of: error))"])
            }
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
        }
    }

    @discardableResult
    func sweep(now: Date) async throws -> StoryDesk.Purge {
        let cutoff = now.addingTimeInterval(-Double(services.configuration.retentionDays) * 86_400)
        let purge = try await services.stories.purge(sentBefore: cutoff)
        if purge.stories > 0 || purge.contacts > 0 {
            services.logger.info("retention purge", metadata: ["stories": "\(purge.stories)", "contacts": "\(purge.contacts)"])
        }
        return purge
    }
}
