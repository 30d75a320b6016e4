import TogetherStore

/// Who may use a route. Every route declares one; ``RouteRegistrar`` enforces it before the
/// handler runs, so a handler cannot forget to check.
enum Access: Equatable, Sendable {
    /// Anyone, signed in or not.
    case everyone
    /// A signed-in staff member with one of these roles.
    case staff(Set<Role>)
    /// A request with a valid API bearer token of one of these roles.
    case apiToken(Set<Role>)
    /// A teller with a well-formed receipt code; the handler checks it opens a story.
    case receipt

    static let anyStaff = Access.staff(Set(Role.allCases))

    /// Whether a signed-in staff member with `role` may open a page with this access, so pages
    /// offer only the links their reader may follow.
    func allows(_ role: Role) -> Bool {
        switch self {
        case .everyone: return true
        case .staff(let roles): return roles.contains(role)
        case .apiToken, .receipt: return false
        }
    }
    static let administrators = Access.staff([.admin])
}

extension SiteRoute {
    var access: Access {
        switch self {
        case .home, .about, .privacy, .login, .setup, .root, .healthz, .openAPI, .stylesheet, .checkScript:
            return .everyone
        // Tellers need no account: the receipt code they type proves the story is theirs.
        case .stories, .story:
            return .everyone
        // Partners read these without an account; only stories whose tellers allowed sharing appear.
        case .feedJSON, .feedAtom, .embedStory:
            return .everyone
        // A photo shows only while its story is public, and one with a face only with the teller's consent.
        case .storyPhoto:
            return .everyone
        case .storyNew, .myStory, .myStoryApprove, .myStoryRequestChanges, .myStoryWithdraw, .myStoryConsent, .myStoryPhoto,
            .myStoryDescribe:
            return .everyone
        // Conversations are anonymous by design: a random key in the browser, no account.
        case .conversations, .conversation, .conversationVote, .conversationPropose, .conversationForget, .conversationResults,
            .apiConversationResults:
            return .everyone
        // Facilitators run conversations; moderators and administrators too.
        case .staffConversations, .staffConversation, .staffConversationModerate, .staffConversationSettings,
            .staffConversationVotesCSV, .staffConversationCommentsCSV, .staffConversationImport:
            return .staff([.admin, .moderator, .facilitator])
        // Whose voices are heard: aggregates for the staff who publish.
        case .staffVoices, .staffVoicesAlerts:
            return .staff([.admin, .moderator])
        // Anyone signs a pledge without an account; partners embed the counter and read it as JSON.
        case .pledges, .pledge, .pledgeSign, .embedPledge, .apiPledge:
            return .everyone
        // Staff who run campaigns write pledges; they open only once the checker finds no error.
        case .staffPledges, .staffPledgeCreate, .staffPledge, .staffPledgeStatus, .staffPledgeRemoveName:
            return .staff([.admin, .moderator, .facilitator])
        // Gatherings are public; coming needs no account, only a private code to cancel.
        case .gatherings, .gathering, .gatheringRSVP, .gatheringCancel, .gatheringCalendar, .gatheringsCalendar:
            return .everyone
        // Staff who run events plan them and record who came.
        case .staffGatherings, .staffGatheringCreate, .staffGathering, .staffGatheringAttendance, .staffGatheringCancel:
            return .staff([.admin, .moderator, .facilitator])
        // Respondents need no account and give no personal data: a random key in the browser.
        case .messageTest:
            return .everyone
        // Staff who run campaigns build and open tests; researchers read results too.
        case .staffMessageTestCreate, .staffMessageTest, .staffMessageTestStatus:
            return .staff([.admin, .moderator, .facilitator])
        case .staffMessageTests, .staffMessageTestResults, .staffMessageTestResponsesCSV, .staffMessageTestResultsJSON:
            return .staff([.admin, .moderator, .facilitator, .researcher])
        // The message checker is for every campaigner, signed in or not; it stores nothing.
        case .check, .apiCheck:
            return .everyone
        // Metrics hold counts and timings only, no personal data; scrapers need no account.
        case .metrics:
            return .everyone
        case .logout, .dashboard, .password:
            return .anyStaff
        // The audit log names staff members: administrators only.
        case .users, .userRole, .userActive, .auditLog, .rulePacks, .rulePackRemove:
            return .administrators
        // Chapters are set up by the installation's administrators, who work in every space.
        case .staffChapters, .staffChapterCreate, .staffChapter, .staffChapterLogo:
            return .administrators
        // A chapter's colours and logo are part of its public pages.
        case .chapterStylesheet, .chapterLogo:
            return .everyone
        // Facilitators collect stories and translate published ones; they cannot review or publish.
        case .storyNewForSomeone, .storyTranslate:
            return .staff([.admin, .moderator, .facilitator])
        case .reviewQueue, .reviewStory, .reviewStoryEdit, .reviewStoryAction, .reviewStoryContact, .reviewStoryRedactions,
            .reviewStoryPhoto:
            return .staff([.admin, .moderator])
        case .apiMe:
            return .apiToken(Set(Role.allCases))
        // Reading published stories and telling one need no account; submissions are rate-limited.
        case .apiStories, .apiStoryCreate, .apiStory, .apiStoriesWithdrawn:
            return .everyone
        case .apiStoryEdit, .apiStoryRequestApproval, .apiStoryPublish, .apiStoryReject, .apiReviewQueue:
            return .apiToken([.admin, .moderator])
        case .apiStoryTranslations:
            return .apiToken([.admin, .moderator, .facilitator])
        case .apiAudit:
            return .apiToken([.admin])
        case .apiMyStory, .apiMyStoryApprove, .apiMyStoryRequestChanges, .apiMyStoryWithdraw, .apiMyStoryConsent, .apiMyStoryPhoto:
            return .receipt
        }
    }
}
