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
    static let administrators = Access.staff([.admin])
}

extension SiteRoute {
    var access: Access {
        switch self {
        case .home, .about, .privacy, .login, .setup, .root, .healthz, .openAPI, .stylesheet:
            return .everyone
        // Tellers need no account: the receipt code they type proves the story is theirs.
        case .stories, .story:
            return .everyone
        // Partners read these without an account; only stories whose tellers allowed sharing appear.
        case .feedJSON, .feedAtom, .embedStory:
            return .everyone
        case .storyNew, .myStory, .myStoryApprove, .myStoryRequestChanges, .myStoryWithdraw, .myStoryConsent:
            return .everyone
        // Metrics hold counts and timings only, no personal data; scrapers need no account.
        case .metrics:
            return .everyone
        case .logout, .dashboard, .password:
            return .anyStaff
        case .users, .userRole, .userActive:
            return .administrators
        case .reviewQueue, .reviewStory, .reviewStoryEdit, .reviewStoryAction, .reviewStoryContact:
            return .staff([.admin, .moderator])
        case .apiMe:
            return .apiToken(Set(Role.allCases))
        // Reading published stories and telling one need no account; submissions are rate-limited.
        case .apiStories, .apiStoryCreate, .apiStory, .apiStoriesWithdrawn:
            return .everyone
        case .apiStoryEdit, .apiStoryRequestApproval, .apiStoryPublish, .apiStoryReject, .apiReviewQueue:
            return .apiToken([.admin, .moderator])
        case .apiMyStory, .apiMyStoryApprove, .apiMyStoryRequestChanges, .apiMyStoryWithdraw, .apiMyStoryConsent:
            return .receipt
        }
    }
}
