import CommonGround
import Foundation
import TogetherStore

/// The latest analysis of each conversation, kept in memory and recomputed in the background a few
/// seconds after votes change (``ConversationResultsService``): a vote only marks its conversation
/// changed, it never waits for the math. Each update starts from the previous model, so groups stay
/// stable from one update to the next.
public actor ConversationResults {
    public struct Entry: Sendable {
        public let analysis: Analysis?
        public let computedAt: Date
        /// Statement numbers (as the analysis names them) of everything zeroed: moderated out or meta.
        public let zeroed: Set<String>
    }

    private var entries: [UUID: Entry] = [:]
    private var changed: Set<UUID> = []

    public init() {}

    public func markChanged(_ conversationID: UUID) {
        changed.insert(conversationID)
    }

    /// Conversations to recompute, emptied as it is read.
    func takeChanged() -> Set<UUID> {
        defer { changed.removeAll() }
        return changed
    }

    public func entry(_ conversationID: UUID) -> Entry? { entries[conversationID] }

    func store(_ entry: Entry, for conversationID: UUID) { entries[conversationID] = entry }

    func forget(_ conversationID: UUID) { entries[conversationID] = nil }
}

extension ConversationDesk {
    /// The conversation's analysis: the one kept in memory, or, the first time, computed now.
    public func results(_ conversationID: UUID) async throws -> ConversationResults.Entry {
        if let entry = await services.conversationResults.entry(conversationID) { return entry }
        return try await recompute(conversationID)
    }

    /// Reads the votes and runs the analysis away from the actor, warm-started from the last model.
    @discardableResult
    func recompute(_ conversationID: UUID) async throws -> ConversationResults.Entry {
        let votes = try await allVotes(conversationID)
        let statements = try await statements(conversationID)
        let moderatedOut = Set(statements.filter { $0.status != .approved }.map { String($0.number) })
        let meta = Set(statements.filter(\.isMeta).map { String($0.number) })
        let previous = await services.conversationResults.entry(conversationID)?.analysis?.model
        let analysis =
            votes.isEmpty
            ? nil : try CommonGround.analyze(votes, options: .init(moderatedOut: moderatedOut, meta: meta, previous: previous))
        let entry = ConversationResults.Entry(analysis: analysis, computedAt: services.now(), zeroed: moderatedOut.union(meta))
        await services.conversationResults.store(entry, for: conversationID)
        return entry
    }
}
