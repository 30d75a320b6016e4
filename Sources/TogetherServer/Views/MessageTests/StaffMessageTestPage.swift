import Foundation
import Localization
import NarrativeChecker
import TogetherStore

/// One message test for its staff: its design, each message with what the narrative checker says
/// about it, the address to send respondents to, opening and closing, and the way to the results.
struct StaffMessageTestPage {
    struct Arm {
        let label: String
        let paragraphs: [String]
        let isControl: Bool
        let storyMissing: Bool
        let findings: [String]
        let hasFindings: Bool
    }

    struct Question {
        let name: String
        let prompt: String
        let phase: String
    }

    let title: String
    let lang: String
    let dir: String
    let status: String
    let factRows: [[String: String]]
    let arms: [Arm]
    let questions: [Question]
    let behaviour: String
    let behaviourText: String?
    let behaviourFindings: [String]
    let publicURL: String
    let resultsURL: String
    let statusURL: String
    let canOpen: Bool
    let canClose: Bool
    let openLabel: String
    let csrf: String
    let notice: String?

    init(
        survey: Survey, stories: [UUID: MessageTestRespondentPage.Message], gatheringTitle: String? = nil, respondents: Int,
        wording: String?, checker: Checker, notice: String?,
        csrf: String, language: Language, t: Localizer
    ) {
        let test = survey.test
        title = test.title
        lang = survey.language
        dir = StoryText.direction(of: survey.language)
        status = t("mt_status_\(test.status.rawValue)")
        let format = LocaleFormat(language: language)
        let facts: [(label: String, value: String)] = [
            (t("mt_fact_status"), status), (t("mt_field_language"), PlaceNames.languageName(test.language, in: language)),
            (t("mt_field_country"), test.country), (t("mt_fact_wording"), wording ?? t("mt_fact_wording_ours")),
            (t("mt_col_respondents"), format.number(respondents)), (t("mt_fact_seed"), String(UInt64(bitPattern: test.seed))),
        ]
        factRows = facts.map { ["label": $0.label, "value": $0.value] }
        let options = Checker.Options(
            language: checker.languages.contains(test.language) ? test.language : nil, medium: .post, readerLanguage: language.code)
        func findings(_ text: String) -> [String] {
            // Advice for staff before the test opens: what the evidence says may backfire.
            checker.check(text, options: options).findings.filter { $0.category != .length }.map { "\($0.message) (“\($0.text)”)" }
        }
        arms = survey.arms.map { arm in
            let story = arm.storyID.flatMap { stories[$0] }
            let text = story.map { [$0.title, $0.body].compactMap { $0 }.joined(separator: "\n") } ?? arm.text
            let found = arm.isControl && text.isEmpty ? [] : findings(text)
            return Arm(
                label: arm.label, paragraphs: text.isEmpty ? [t("mt_control_nothing")] : StoryText.paragraphs(text),
                isControl: arm.isControl,
                storyMissing: story?.isMissing ?? false, findings: found, hasFindings: !found.isEmpty)
        }
        questions = survey.questions.map {
            Question(name: $0.name, prompt: $0.prompt, phase: t($0.phase == .before ? "mt_phase_before" : "mt_phase_after"))
        }
        behaviour = t("mt_behaviour_\(test.behaviour.rawValue)")
        behaviourText = test.behaviour == .none ? nil : test.behaviour == .rsvp ? gatheringTitle : test.behaviourText
        behaviourFindings = test.behaviour == .pledge ? findings(test.behaviourText) : []
        let id = survey.id
        publicURL = SiteRoute.messageTest(id: .value(id)).path(language)
        resultsURL = SiteRoute.staffMessageTestResults(id: .value(id)).path(language)
        statusURL = SiteRoute.staffMessageTestStatus(id: .value(id)).path(language)
        canOpen = test.status != .open
        canClose = test.status == .open
        openLabel = t(test.status == .draft ? "mt_open" : "mt_reopen")
        self.csrf = csrf
        self.notice = notice
    }
}
