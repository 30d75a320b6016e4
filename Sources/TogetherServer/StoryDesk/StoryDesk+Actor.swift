import Foundation
import Stories
import TogetherStore

extension StoryDesk.Actor {
    /// The lifecycle's view of a staff role: administrators and moderators review, facilitators do not.
    static func storyActor(_ role: Role, id: UUID) -> StoryActor {
        switch role {
        case .admin: return .administrator(id: id)
        case .moderator: return .moderator(id: id)
        case .facilitator, .researcher: return .facilitator(id: id)
        }
    }

    /// A signed-in staff member, named in the audit log by role and account.
    static func staff(_ user: SignedInUser) -> StoryDesk.Actor {
        StoryDesk.Actor(story: storyActor(user.role, id: user.id), userID: user.id, auditRole: user.role.rawValue)
    }

    /// An API token, named in the audit log as "api:<role>" and by the token, not a person.
    static func token(_ client: APIClient) -> StoryDesk.Actor {
        StoryDesk.Actor(
            story: storyActor(client.role, id: client.id), userID: nil, auditRole: "api:\(client.role.rawValue)", tokenID: client.id)
    }
}
