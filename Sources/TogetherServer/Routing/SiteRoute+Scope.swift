/// The chapter-scoped table whose record a route's `:id` names. ``RouteRegistrar`` refuses a
/// record of another chapter's space before the handler runs, so no handler can forget to check.
/// The switch is exhaustive: a new route must say whether it names a scoped record.
enum ScopedTable: String, Sendable {
    case stories
    case conversations
    case gatherings
    case pledges
    case messageTests = "message_tests"
    case rulePacks = "rule_packs"
}

extension SiteRoute {
    var scopedTable: ScopedTable? {
        switch self {
        case .storyTranslate, .reviewStory, .reviewStoryEdit, .reviewStoryAction, .reviewStoryContact, .reviewStoryRedactions,
            .reviewStoryPhoto, .story, .embedStory, .apiStory, .apiStoryEdit, .apiStoryRequestApproval, .apiStoryPublish,
            .apiStoryReject, .apiStoryTranslations, .storyPhoto:
            return .stories
        case .conversation, .conversationVote, .conversationPropose, .conversationForget, .conversationResults,
            .staffConversation, .staffConversationModerate, .staffConversationSettings, .staffConversationVotesCSV,
            .staffConversationCommentsCSV, .apiConversationResults:
            return .conversations
        case .gathering, .gatheringRSVP, .staffGathering, .staffGatheringAttendance, .staffGatheringCancel, .gatheringCalendar:
            return .gatherings
        case .pledge, .pledgeSign, .staffPledge, .staffPledgeStatus, .staffPledgeRemoveName, .embedPledge, .apiPledge:
            return .pledges
        case .messageTest, .staffMessageTest, .staffMessageTestStatus, .staffMessageTestResults, .staffMessageTestResponsesCSV,
            .staffMessageTestResultsJSON:
            return .messageTests
        case .rulePackRemove:
            return .rulePacks
        // Staff accounts are managed by administrators, who work in every space.
        case .userRole, .userActive, .staffChapters, .staffChapterCreate, .staffChapter, .staffChapterLogo:
            return nil
        // The chapter's look, for whichever space the request is in.
        case .chapterStylesheet, .chapterLogo:
            return nil
        case .home, .about, .privacy, .login, .logout, .setup, .dashboard, .users, .password, .storyNew, .check,
            .storyNewForSomeone, .auditLog, .rulePacks, .reviewQueue, .stories, .myStory, .myStoryApprove,
            .myStoryRequestChanges, .myStoryWithdraw, .myStoryConsent, .myStoryPhoto, .myStoryDescribe, .conversations,
            .staffConversations, .staffConversationImport, .gatherings, .gatheringCancel, .staffGatherings,
            .staffGatheringCreate, .staffVoices, .staffVoicesAlerts, .pledges, .staffPledges, .staffPledgeCreate,
            .staffMessageTests, .staffMessageTestCreate, .root, .healthz, .metrics, .openAPI, .apiMe, .stylesheet,
            .checkScript, .feedJSON, .feedAtom, .apiStories, .apiStoryCreate, .apiAudit, .apiCheck, .apiStoriesWithdrawn,
            .apiReviewQueue, .apiMyStory, .apiMyStoryApprove, .apiMyStoryRequestChanges, .apiMyStoryWithdraw,
            .apiMyStoryConsent, .apiMyStoryPhoto, .gatheringsCalendar:
            return nil
        }
    }
}
