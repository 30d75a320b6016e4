import Foundation

/// Who asks for a change to a story. The teller has no account: they prove who they are with
/// their receipt code, checked before the engine is asked.
public enum StoryActor: Sendable, Equatable {
    case teller
    case moderator(id: UUID)
    case facilitator(id: UUID)
    case administrator(id: UUID)

    /// Administrators can do everything moderators can.
    var moderatorID: UUID? {
        switch self {
        case .moderator(let id), .administrator(let id): return id
        case .teller, .facilitator: return nil
        }
    }
}
