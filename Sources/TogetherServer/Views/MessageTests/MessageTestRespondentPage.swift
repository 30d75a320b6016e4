import Localization
import TogetherStore

/// A respondent's page: the consent to start, the questions before the message, the message, the
/// questions after it, the real action, and thanks — one step at a time, each a plain form.
struct MessageTestRespondentPage {
    let title: String
    let lang: String
    let dir: String
    let isConsent: Bool
    let isQuestions: Bool
    let isMessage: Bool
    let isAction: Bool
    let isDone: Bool
    let isClosed: Bool
    let step: String
    let progress: String?
    let messageTitle: String?
    let messageParagraphs: [String]
    let messageMissing: Bool
    let questions: [SurveyQuestionModel]
    let actionText: String?
    /// A pledge is in the survey's language; the other actions are said in the page's.
    let actionLang: String
    let actionDir: String
    let actionYes: String
    let actionNo: String
    let signed: Bool
    /// After coming to a gathering: the reservation's private code (shown once) or why there is none.
    let reservation: Reservation?
    let formURL: String
    let csrf: String
    let problem: String?

    struct Reservation {
        let code: String?
        let problem: String?
        let gatheringURL: String
        let cancelURL: String
    }

    struct Message {
        let title: String?
        let body: String
        let isMissing: Bool
    }

    init(
        test: MessageTestRecord, step: RespondentStep?, questions: [SurveyQuestionModel], message: Message?, signed: Bool,
        gathering: (title: String, when: String)? = nil, campaign: (text: String, language: String)? = nil,
        reservation: Reservation? = nil,
        surveyLanguage: String, problem: String?, csrf: String, language: Language, t: Localizer
    ) {
        title = t("mt_respondent_title")
        lang = surveyLanguage
        dir = StoryText.direction(of: surveyLanguage)
        let open = test.status == .open
        isClosed = !open && step != .done
        isConsent = open && step == nil
        isQuestions = open && (step == .before || step == .after)
        isMessage = open && step == .message
        isAction = open && step == .action
        isDone = step == .done
        self.step = step?.rawValue ?? "consent"
        progress =
            switch step {
            case .before: t("mt_progress_before")
            case .after: t("mt_progress_after")
            default: nil
            }
        messageTitle = message?.title
        messageParagraphs = message.map { StoryText.paragraphs($0.body) } ?? []
        messageMissing = message?.isMissing ?? false
        self.questions = questions
        switch test.behaviour {
        case .pledge:
            actionText = test.behaviourText
            actionYes = t("mt_action_sign")
        case .share:
            actionText = t("mt_action_share_intro")
            actionYes = t("mt_action_share")
        case .sign:
            actionText = campaign?.text
            actionYes = t("mt_action_sign")
        case .rsvp:
            actionText = gathering.map { t("mt_action_rsvp_intro", ["title": $0.title, "when": $0.when]) }
            actionYes = t("mt_action_rsvp")
        case .none:
            actionText = nil
            actionYes = ""
        }
        self.reservation = reservation
        // A pledge's words are in their own language (the test's, or the campaign's); other actions are said in the page's.
        let actionLanguage = test.behaviour == .pledge ? surveyLanguage : campaign?.language ?? language.code
        actionLang = actionLanguage
        actionDir = StoryText.direction(of: actionLanguage)
        actionNo = t("mt_action_no")
        self.signed = signed
        formURL = SiteRoute.messageTest(id: .value(test.id!)).path(language)
        self.csrf = csrf
        self.problem = problem
    }
}
