import FluentKit
import Foundation
import Logging
import ServiceLifecycle
import Stories
import TogetherStore

/// Every hour, takes stories whose consent to publish has ended out of search and out of cached
/// pages. Reads already refuse such stories at once (consent is checked on every read); this makes
/// sure no index or cache keeps them either.
struct ConsentExpiryService: Service {
    let services: AppServices
    var interval: Duration = .seconds(3600)

    func run() async throws {
        while !Task.isShuttingDownGracefully {
            do {
                let count = try await sweep(now: services.now())
                if count > 0 { services.logger.info("consent ended", metadata: ["stories": "\(count)"]) }
            } catch {
                services.logger.error("consent sweep failed", metadata: ["type": "\(type(of: error))"])
            }
            // The wait ends early when the server shuts down, so SIGTERM is never held up by it.
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
        }
    }

    /// Handles stories whose publish consent ended by `now`; returns how many.
    @discardableResult
    func sweep(now: Date) async throws -> Int {
        let ended = try await StoryConsentRecord.query(on: services.store.database)
            .filter(\.$scope == ConsentScope.publish.rawValue).filter(\.$until != nil).filter(\.$until <= now).all()
        let search = StorySearch(store: services.store)
        for consent in ended { try await search.remove(storyID: consent.$story.id) }
        if !ended.isEmpty { services.pageCache.removeAll() }
        return ended.count
    }
}
