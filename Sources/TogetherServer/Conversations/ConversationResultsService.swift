import Foundation
import ServiceLifecycle

/// Recomputes the results of conversations whose votes or statements changed, every couple of
/// seconds, one after the other: votes never wait for it, and results lag by seconds, not more.
struct ConversationResultsService: Service {
    let services: AppServices
    var interval: Duration = .seconds(2)

    func run() async throws {
        while !Task.isShuttingDownGracefully {
            await recomputeChanged()
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
        }
    }

    func recomputeChanged() async {
        for conversationID in await services.conversationResults.takeChanged() {
            do {
                try await services.conversations.recompute(conversationID)
            } catch {
                services.logger.error("conversation results failed", metadata: ["type": "\(type(of: error))"])
                await services.conversationResults.markChanged(conversationID)
            }
        }
    }
}
