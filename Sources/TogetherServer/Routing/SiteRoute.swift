import Foundation
import Localization

/// Every address of the site. The same value registers a route (with `.key` parameters) and
/// builds a link to it (with `.value` parameters), so the two cannot drift apart.
enum SiteRoute: Equatable, Sendable {
    // Pages, under a language prefix: /en/..., /ar/...
    case home
    case about
    case privacy
    case login
    case logout
    case setup(token: Parameter<String>)
    case dashboard
    case users
    case userRole(id: Parameter<UUID>)
    case userActive(id: Parameter<UUID>)
    case password
    case storyNew
    case check
    case storyNewForSomeone
    case storyTranslate(id: Parameter<UUID>)
    case auditLog
    case rulePacks
    case rulePackRemove(id: Parameter<UUID>)
    case reviewQueue
    case reviewStory(id: Parameter<UUID>)
    case reviewStoryEdit(id: Parameter<UUID>)
    case reviewStoryAction(id: Parameter<UUID>)
    case reviewStoryContact(id: Parameter<UUID>)
    case reviewStoryRedactions(id: Parameter<UUID>)
    case reviewStoryPhoto(id: Parameter<UUID>)
    case stories
    case story(id: Parameter<UUID>)
    case myStory
    case myStoryApprove
    case myStoryRequestChanges
    case myStoryWithdraw
    case myStoryConsent
    case myStoryPhoto
    case myStoryDescribe
    case conversations
    case conversation(id: Parameter<UUID>)
    case conversationVote(id: Parameter<UUID>)
    case conversationPropose(id: Parameter<UUID>)
    case conversationForget(id: Parameter<UUID>)
    case conversationResults(id: Parameter<UUID>)
    case staffConversations
    case staffConversation(id: Parameter<UUID>)
    case staffConversationModerate(id: Parameter<UUID>)
    case staffConversationSettings(id: Parameter<UUID>)
    case staffConversationVotesCSV(id: Parameter<UUID>)
    case staffConversationCommentsCSV(id: Parameter<UUID>)
    case staffConversationImport
    case messageTest(id: Parameter<UUID>)
    case gatherings
    case gathering(id: Parameter<UUID>)
    case gatheringRSVP(id: Parameter<UUID>)
    case gatheringCancel
    case staffGatherings
    case staffGatheringCreate
    case staffGathering(id: Parameter<UUID>)
    case staffGatheringAttendance(id: Parameter<UUID>)
    case staffGatheringCancel(id: Parameter<UUID>)
    case staffVoices
    case staffVoicesAlerts
    case pledges
    case pledge(id: Parameter<UUID>)
    case pledgeSign(id: Parameter<UUID>)
    case staffPledges
    case staffPledgeCreate
    case staffPledge(id: Parameter<UUID>)
    case staffPledgeStatus(id: Parameter<UUID>)
    case staffPledgeRemoveName(id: Parameter<UUID>)
    case staffMessageTests
    case staffMessageTestCreate
    case staffMessageTest(id: Parameter<UUID>)
    case staffMessageTestStatus(id: Parameter<UUID>)
    case staffMessageTestResults(id: Parameter<UUID>)
    case staffMessageTestResponsesCSV(id: Parameter<UUID>)
    case staffMessageTestResultsJSON(id: Parameter<UUID>)
    case staffChapters
    case staffChapterCreate
    case staffChapter(id: Parameter<UUID>)
    case staffChapterLogo(id: Parameter<UUID>)

    // Outside the language prefix.
    case root
    case healthz
    case metrics
    case openAPI
    case apiMe
    case stylesheet
    case checkScript
    case feedJSON
    case feedAtom
    case embedStory(id: Parameter<UUID>)
    case apiStories
    case apiStoryCreate
    case apiStory(id: Parameter<UUID>)
    case apiStoryEdit(id: Parameter<UUID>)
    case apiStoryRequestApproval(id: Parameter<UUID>)
    case apiStoryPublish(id: Parameter<UUID>)
    case apiStoryReject(id: Parameter<UUID>)
    case apiStoryTranslations(id: Parameter<UUID>)
    case apiAudit
    case apiCheck
    case apiStoriesWithdrawn
    case apiReviewQueue
    case apiMyStory
    case apiMyStoryApprove
    case apiMyStoryRequestChanges
    case apiMyStoryWithdraw
    case apiMyStoryConsent
    case apiMyStoryPhoto
    case storyPhoto(id: Parameter<UUID>)
    case apiConversationResults(id: Parameter<UUID>)
    case gatheringCalendar(id: Parameter<UUID>)
    case gatheringsCalendar
    case embedPledge(id: Parameter<UUID>)
    case apiPledge(id: Parameter<UUID>)
    case chapterStylesheet
    case chapterLogo

    enum Parameter<Value: Equatable & Sendable>: Equatable, Sendable {
        /// A placeholder for registering the route.
        case key
        case value(Value)
    }

    var isLocalized: Bool {
        switch self {
        case .root, .healthz, .metrics, .openAPI, .apiMe, .stylesheet, .checkScript: return false
        case .feedJSON, .feedAtom, .embedStory:
            return false
        case .apiStories, .apiStoryCreate, .apiStory, .apiStoryEdit, .apiStoryRequestApproval, .apiStoryPublish, .apiStoryReject,
            .apiStoriesWithdrawn, .apiReviewQueue, .apiStoryTranslations, .apiAudit, .apiCheck, .apiMyStory, .apiMyStoryApprove,
            .apiMyStoryRequestChanges, .apiMyStoryWithdraw,
            .apiMyStoryConsent, .apiMyStoryPhoto, .storyPhoto, .apiConversationResults, .gatheringCalendar, .gatheringsCalendar,
            .embedPledge, .apiPledge, .chapterStylesheet, .chapterLogo:
            return false
        default: return true
        }
    }

    /// The path after the language prefix (or after `/` for routes outside it).
    var pathComponents: [String] {
        switch self {
        case .home, .root: return []
        case .about: return ["about"]
        case .privacy: return ["privacy"]
        case .login: return ["login"]
        case .logout: return ["logout"]
        case .setup(let token): return ["setup", Self.component(token, key: "token")]
        case .dashboard: return ["staff"]
        case .users: return ["staff", "users"]
        case .userRole(let id): return ["staff", "users", Self.component(id, key: "id"), "role"]
        case .userActive(let id): return ["staff", "users", Self.component(id, key: "id"), "active"]
        case .password: return ["account", "password"]
        case .storyNew: return ["stories", "new"]
        case .check: return ["check"]
        case .apiCheck: return ["api", "check"]
        case .storyNewForSomeone: return ["staff", "submit-story"]
        case .storyTranslate(let id): return ["staff", "stories", Self.component(id, key: "id"), "translate"]
        case .auditLog: return ["staff", "audit"]
        case .rulePacks: return ["staff", "rule-packs"]
        case .rulePackRemove(let id): return ["staff", "rule-packs", Self.component(id, key: "id"), "remove"]
        case .reviewQueue: return ["staff", "stories"]
        case .reviewStory(let id): return ["staff", "stories", Self.component(id, key: "id")]
        case .reviewStoryEdit(let id): return ["staff", "stories", Self.component(id, key: "id"), "edit"]
        case .reviewStoryAction(let id): return ["staff", "stories", Self.component(id, key: "id"), "action"]
        case .reviewStoryContact(let id): return ["staff", "stories", Self.component(id, key: "id"), "contact"]
        case .reviewStoryRedactions(let id): return ["staff", "stories", Self.component(id, key: "id"), "redactions"]
        case .reviewStoryPhoto(let id): return ["staff", "stories", Self.component(id, key: "id"), "photo"]
        case .stories: return ["stories"]
        case .story(let id): return ["stories", Self.component(id, key: "id")]
        case .myStory: return ["my-story"]
        case .myStoryApprove: return ["my-story", "approve"]
        case .myStoryRequestChanges: return ["my-story", "changes"]
        case .myStoryWithdraw: return ["my-story", "withdraw"]
        case .myStoryConsent: return ["my-story", "consent"]
        case .myStoryPhoto: return ["my-story", "photo"]
        case .myStoryDescribe: return ["my-story", "about-me"]
        case .conversations: return ["conversations"]
        case .conversation(let id): return ["conversations", Self.component(id, key: "id")]
        case .conversationVote(let id): return ["conversations", Self.component(id, key: "id"), "vote"]
        case .conversationPropose(let id): return ["conversations", Self.component(id, key: "id"), "propose"]
        case .conversationForget(let id): return ["conversations", Self.component(id, key: "id"), "forget"]
        case .conversationResults(let id): return ["conversations", Self.component(id, key: "id"), "results"]
        case .staffConversations: return ["staff", "conversations"]
        case .staffConversation(let id): return ["staff", "conversations", Self.component(id, key: "id")]
        case .staffConversationModerate(let id): return ["staff", "conversations", Self.component(id, key: "id"), "moderate"]
        case .staffConversationSettings(let id): return ["staff", "conversations", Self.component(id, key: "id"), "settings"]
        case .staffConversationVotesCSV(let id): return ["staff", "conversations", Self.component(id, key: "id"), "votes.csv"]
        case .staffConversationCommentsCSV(let id): return ["staff", "conversations", Self.component(id, key: "id"), "comments.csv"]
        case .staffConversationImport: return ["staff", "conversations", "import"]
        case .messageTest(let id): return ["tests", Self.component(id, key: "id")]
        case .gatherings: return ["gatherings"]
        case .gathering(let id): return ["gatherings", Self.component(id, key: "id")]
        case .gatheringRSVP(let id): return ["gatherings", Self.component(id, key: "id"), "rsvp"]
        case .gatheringCancel: return ["gatherings", "cancel"]
        case .staffGatherings: return ["staff", "gatherings"]
        case .staffGatheringCreate: return ["staff", "gatherings", "new"]
        case .staffGathering(let id): return ["staff", "gatherings", Self.component(id, key: "id")]
        case .staffGatheringAttendance(let id): return ["staff", "gatherings", Self.component(id, key: "id"), "attendance"]
        case .staffGatheringCancel(let id): return ["staff", "gatherings", Self.component(id, key: "id"), "call-off"]
        case .gatheringCalendar(let id): return ["calendar", "gatherings", Self.component(id, key: "id")]
        case .gatheringsCalendar: return ["calendar", "gatherings.ics"]
        case .staffVoices: return ["staff", "voices"]
        case .staffVoicesAlerts: return ["staff", "voices", "alerts"]
        case .pledges: return ["pledges"]
        case .pledge(let id): return ["pledges", Self.component(id, key: "id")]
        case .pledgeSign(let id): return ["pledges", Self.component(id, key: "id"), "sign"]
        case .staffPledges: return ["staff", "pledges"]
        case .staffPledgeCreate: return ["staff", "pledges", "new"]
        case .staffPledge(let id): return ["staff", "pledges", Self.component(id, key: "id")]
        case .staffPledgeStatus(let id): return ["staff", "pledges", Self.component(id, key: "id"), "status"]
        case .staffPledgeRemoveName(let id): return ["staff", "pledges", Self.component(id, key: "id"), "remove-name"]
        case .embedPledge(let id): return ["embed", "pledges", Self.component(id, key: "id")]
        case .apiPledge(let id): return ["api", "v1", "pledges", Self.component(id, key: "id")]
        case .staffMessageTests: return ["staff", "message-tests"]
        case .staffMessageTestCreate: return ["staff", "message-tests", "new"]
        case .staffMessageTest(let id): return ["staff", "message-tests", Self.component(id, key: "id")]
        case .staffMessageTestStatus(let id): return ["staff", "message-tests", Self.component(id, key: "id"), "status"]
        case .staffMessageTestResults(let id): return ["staff", "message-tests", Self.component(id, key: "id"), "results"]
        case .staffMessageTestResponsesCSV(let id): return ["staff", "message-tests", Self.component(id, key: "id"), "responses.csv"]
        case .staffMessageTestResultsJSON(let id): return ["staff", "message-tests", Self.component(id, key: "id"), "results.json"]
        case .staffChapters: return ["staff", "chapters"]
        case .staffChapterCreate: return ["staff", "chapters", "new"]
        case .staffChapter(let id): return ["staff", "chapters", Self.component(id, key: "id")]
        case .staffChapterLogo(let id): return ["staff", "chapters", Self.component(id, key: "id"), "logo"]
        case .chapterStylesheet: return ["chapter.css"]
        case .chapterLogo: return ["chapter-logo"]
        case .apiConversationResults(let id): return ["api", "v1", "conversations", Self.component(id, key: "id"), "results"]
        case .healthz: return ["healthz"]
        case .metrics: return ["metrics"]
        case .openAPI: return ["api", "openapi.json"]
        case .apiMe: return ["api", "v1", "me"]
        case .stylesheet: return ["static", "together-\(Assets.stylesheetVersion).css"]
        case .checkScript: return ["static", "check-\(Assets.checkScriptVersion).js"]
        case .feedJSON: return ["feeds", "stories.json"]
        case .feedAtom: return ["feeds", "stories.atom"]
        case .embedStory(let id): return ["embed", "stories", Self.component(id, key: "id")]
        case .apiStories, .apiStoryCreate: return ["api", "v1", "stories"]
        case .apiStory(let id), .apiStoryEdit(let id): return ["api", "v1", "stories", Self.component(id, key: "id")]
        case .apiStoryRequestApproval(let id): return ["api", "v1", "stories", Self.component(id, key: "id"), "request-approval"]
        case .apiStoryPublish(let id): return ["api", "v1", "stories", Self.component(id, key: "id"), "publish"]
        case .apiStoryReject(let id): return ["api", "v1", "stories", Self.component(id, key: "id"), "reject"]
        case .apiStoryTranslations(let id): return ["api", "v1", "stories", Self.component(id, key: "id"), "translations"]
        case .apiAudit: return ["api", "v1", "audit"]
        case .apiStoriesWithdrawn: return ["api", "v1", "stories", "withdrawn"]
        case .apiReviewQueue: return ["api", "v1", "review-queue"]
        case .apiMyStory: return ["api", "v1", "my-story"]
        case .apiMyStoryApprove: return ["api", "v1", "my-story", "approve"]
        case .apiMyStoryRequestChanges: return ["api", "v1", "my-story", "request-changes"]
        case .apiMyStoryWithdraw: return ["api", "v1", "my-story", "withdraw"]
        case .apiMyStoryConsent: return ["api", "v1", "my-story", "consent"]
        case .apiMyStoryPhoto: return ["api", "v1", "my-story", "photo"]
        case .storyPhoto(let id): return ["media", "stories", Self.component(id, key: "id"), "photo"]
        }
    }

    /// A link to this route in `language` (ignored for routes outside the language prefix).
    /// Inside a chapter's space the link keeps the chapter's prefix (``ChapterScope``); the shared
    /// assets and the operators' endpoints stay at the installation's root.
    func path(_ language: Language = .english) -> String {
        let tail = pathComponents.joined(separator: "/")
        let prefix = isShared ? "" : ChapterScope.pathPrefix
        guard isLocalized else { return prefix + "/" + tail }
        return prefix + (tail.isEmpty ? "/\(language.code)/" : "/\(language.code)/\(tail)")
    }

    /// The same for every space: assets, health, metrics and the API description.
    var isShared: Bool {
        switch self {
        case .stylesheet, .checkScript, .healthz, .metrics, .openAPI: return true
        default: return false
        }
    }

    private static func component<Value>(_ parameter: Parameter<Value>, key: String) -> String {
        switch parameter {
        case .key: return ":\(key)"
        case .value(let value as UUID): return value.uuidString.lowercased()
        case .value(let value): return "\(value)"
        }
    }
}
