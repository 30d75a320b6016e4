import CommonGround
import Foundation
import Localization
import TogetherStore

/// One statement at a time, with agree / disagree / pass as three plain forms; then proposing a
/// statement, deleting one's votes, and the way to the results.
struct ConversationPage {
    struct Choice {
        let value: String
        let label: String
    }

    let title: String
    let description: String?
    let lang: String
    let dir: String
    let progress: String
    let statementNumber: Int?
    let statementText: String?
    let choices: [Choice]
    let voteURL: String
    let proposeURL: String
    let forgetURL: String
    let resultsURL: String
    let csrf: String
    let externalID: String?
    let isOpen: Bool
    let allDone: Bool
    let canPropose: Bool
    let hasVotes: Bool
    let proposal: String
    let problem: String?
    let notice: String?

    init(
        conversation: ConversationRecord, next: ConversationStatementRecord?, answered: Int, total: Int, hasVotes: Bool,
        externalID: String?, proposal: String = "", problem: String?, notice: String?, csrf: String, language: Language, t: Localizer
    ) {
        let id = conversation.id!
        title = conversation.title
        description = conversation.description.isEmpty ? nil : conversation.description
        lang = conversation.language
        dir = StoryText.direction(of: conversation.language)
        let format = LocaleFormat(language: language)
        progress = t("conv_progress", ["answered": format.number(answered), "total": format.number(total)])
        statementNumber = next?.number
        statementText = next?.text
        choices = [
            Choice(value: "agree", label: t("conv_agree")), Choice(value: "disagree", label: t("conv_disagree")),
            Choice(value: "pass", label: t("conv_pass")),
        ]
        voteURL = SiteRoute.conversationVote(id: .value(id)).path(language)
        proposeURL = SiteRoute.conversationPropose(id: .value(id)).path(language)
        forgetURL = SiteRoute.conversationForget(id: .value(id)).path(language)
        resultsURL = SiteRoute.conversationResults(id: .value(id)).path(language)
        self.csrf = csrf
        self.externalID = externalID
        isOpen = conversation.isOpen
        allDone = conversation.isOpen && next == nil
        canPropose = conversation.isOpen && conversation.allowsProposals
        self.hasVotes = hasVotes
        self.proposal = proposal
        self.problem = problem
        self.notice = notice
    }
}
