import Localization
import NarrativeChecker
import TogetherStore

/// One campaign for staff: its words with what the narrative checker says, the count, the public
/// page and embed, opening and closing.
struct StaffPledgePage {
    let title: String
    let text: String
    let lang: String
    let dir: String
    let status: String
    let count: String
    let findings: [String]
    let hasFindings: Bool
    let blocked: Bool
    let canOpen: Bool
    let canClose: Bool
    struct Name {
        let id: String
        let name: String
    }

    let names: [Name]
    let hasNames: Bool
    let removeNameURL: String
    let statusURL: String
    let publicURL: String
    let problem: String?
    let notice: String?
    let csrf: String

    init(
        pledge: PledgeRecord, count: Int, names: [PledgeSignatureRecord], findings: [Finding], problem: String?, notice: String?,
        csrf: String, language: Language,
        t: Localizer
    ) {
        let id = pledge.id!
        title = pledge.title
        text = pledge.text
        lang = pledge.language
        dir = StoryText.direction(of: pledge.language)
        status = t("pledge_status_\(pledge.status.rawValue)")
        self.count = t("pledge_count", ["count": LocaleFormat(language: language).number(count)])
        self.findings = findings.map { "\($0.message) (“\($0.text)”)" }
        hasFindings = !findings.isEmpty
        blocked = findings.contains { $0.severity == .error }
        canOpen = pledge.status != .open
        canClose = pledge.status == .open
        statusURL = SiteRoute.staffPledgeStatus(id: .value(id)).path(language)
        self.names = names.compactMap { signature in signature.id.map { Name(id: $0.uuidString, name: signature.firstName) } }
        hasNames = !self.names.isEmpty
        removeNameURL = SiteRoute.staffPledgeRemoveName(id: .value(id)).path(language)
        publicURL = SiteRoute.pledge(id: .value(id)).path(language)
        self.problem = problem
        self.notice = notice
        self.csrf = csrf
    }
}
