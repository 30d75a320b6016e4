import FluentKit
import TogetherStore

/// Staff actions on conversations, message tests and gatherings go to the audit log: who, when and
/// what (never a statement's, message's or gathering's words). Routes for these need a signed-in
/// staff member (``Access``), so there is always one to name.
extension AppServices {
    func audit(_ action: some RawRepresentable<String>, by context: AppContext) async throws {
        guard let user = context.user else { return }
        try await AuditEvent(actorID: user.id, actorRole: user.role.rawValue, action: action.rawValue, storyID: nil, at: now())
            .create(on: store.database)
    }
}
