import FluentKit
import Foundation
import TogetherStore

/// Reading the audit log: who did what to which story, when. It never held words or personal
/// details of tellers; staff members and API tokens are named, as the people answerable for an action.
extension StoryDesk {
    public struct AuditEntry: Sendable, Equatable {
        public let at: Date
        public let role: String
        /// The staff member's name, or the token's; nil for the teller.
        public let actorName: String?
        public let action: String
        public let storyID: UUID?
    }

    /// Newest first; `story` narrows to one story's history.
    public func auditLog(story: UUID? = nil, offset: Int = 0, limit: Int = 50) async throws -> (entries: [AuditEntry], hasMore: Bool) {
        var query = AuditEvent.query(on: database).sort(\.$at, .descending).sort(\.$id, .descending)
        if let story { query = query.filter(\.$storyID == story) }
        let events = try await query.range(offset..<(offset + limit + 1)).all()
        let actorIDs = Set(events.compactMap(\.actorID))
        var names: [UUID: String] = [:]
        if !actorIDs.isEmpty {
            for user in try await User.query(on: database).filter(\.$id ~~ actorIDs).all() { user.id.map { names[$0] = user.displayName } }
            for token in try await APIToken.query(on: database).filter(\.$id ~~ actorIDs).all() { token.id.map { names[$0] = token.name } }
        }
        let entries = events.prefix(limit).map { event in
            AuditEntry(
                at: event.at, role: event.actorRole, actorName: event.actorID.flatMap { names[$0] }, action: event.action,
                storyID: event.storyID)
        }
        return (Array(entries), events.count > limit)
    }
}
