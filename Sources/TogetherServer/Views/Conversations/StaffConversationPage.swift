import Localization
import NarrativeChecker
import TogetherStore

/// One conversation for its staff: settings, a statement to add, and every statement with its
/// status, what the message checker says about it, and the moderation buttons.
struct StaffConversationPage {
    struct Row {
        let number: Int
        let text: String
        let status: String
        let isMeta: Bool
        let isProposed: Bool
        let findings: [String]
        let hasFindings: Bool
        let canApprove: Bool
        let canReject: Bool
        let metaValue: String
        let metaLabel: String
        let statusValue: String
    }

    let title: String
    let lang: String
    let dir: String
    let rows: [Row]
    let csrf: String
    let settingsURL: String
    let addURL: String
    let moderateURL: String
    let votesURL: String
    let commentsURL: String
    let resultsURL: String
    let publicURL: String
    let isOpen: Bool
    let allowsProposals: Bool
    let strictModeration: Bool
    let problem: String?
    let notice: String?

    init(
        conversation: ConversationRecord, statements: [ConversationStatementRecord], checker: Checker, problem: String?, notice: String?,
        csrf: String, language: Language, t: Localizer
    ) {
        let id = conversation.id!
        title = conversation.title
        lang = conversation.language
        dir = StoryText.direction(of: conversation.language)
        let options = Checker.Options(
            language: checker.languages.contains(conversation.language) ? conversation.language : nil, medium: .post,
            readerLanguage: language.code)
        rows = statements.map { statement in
            // The checker's advice is for the moderator; the participant's words are never changed.
            let findings = checker.check(statement.text, options: options).findings.filter { $0.category != .length }.map {
                "\($0.message) (“\($0.text)”)"
            }
            return Row(
                number: statement.number, text: statement.text, status: t("conv_staff_status_\(statement.status.rawValue)"),
                isMeta: statement.isMeta, isProposed: statement.proposed, findings: findings, hasFindings: !findings.isEmpty,
                canApprove: statement.status != .approved, canReject: statement.status != .rejected,
                metaValue: statement.isMeta ? "no" : "yes",
                metaLabel: t(statement.isMeta ? "conv_staff_unmark_meta" : "conv_staff_mark_meta"),
                statusValue: statement.status.rawValue)
        }
        self.csrf = csrf
        settingsURL = SiteRoute.staffConversationSettings(id: .value(id)).path(language)
        addURL = SiteRoute.staffConversation(id: .value(id)).path(language)
        moderateURL = SiteRoute.staffConversationModerate(id: .value(id)).path(language)
        votesURL = SiteRoute.staffConversationVotesCSV(id: .value(id)).path(language)
        commentsURL = SiteRoute.staffConversationCommentsCSV(id: .value(id)).path(language)
        resultsURL = SiteRoute.conversationResults(id: .value(id)).path(language)
        publicURL = SiteRoute.conversation(id: .value(id)).path(language)
        isOpen = conversation.isOpen
        allowsProposals = conversation.allowsProposals
        strictModeration = conversation.strictModeration
        self.problem = problem
        self.notice = notice
    }
}
