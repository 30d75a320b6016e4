import Localization

/// Changing one's mind: the private code cancels an RSVP and gives its places back.
struct GatheringCancelPage {
    let title: String
    let action: String
    let code: String
    let problem: String?
    let done: String?
    let csrf: String

    init(code: String, problem: String?, cancelledTitle: String?, csrf: String, language: Language, t: Localizer) {
        title = t("gathering_cancel_title")
        action = SiteRoute.gatheringCancel.path(language)
        self.code = code
        self.problem = problem
        done = cancelledTitle.map { t("gathering_cancel_done", ["title": $0]) }
        self.csrf = csrf
    }
}
