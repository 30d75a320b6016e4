import Localization
import TogetherStore

/// The campaigns taking signatures.
struct PledgesPage {
    struct Row {
        let title: String
        let text: String
        let lang: String
        let dir: String
        let url: String
        let progress: PledgeProgress
    }

    let title: String
    let rows: [Row]
    let hasRows: Bool

    init(pledges: [(PledgeRecord, Int)], language: Language, t: Localizer) {
        title = t("pledges_title")
        rows = pledges.compactMap { pledge, count in
            pledge.id.map { id in
                Row(
                    title: pledge.title, text: pledge.text, lang: pledge.language, dir: StoryText.direction(of: pledge.language),
                    url: SiteRoute.pledge(id: .value(id)).path(language),
                    progress: PledgeProgress(count: count, milestones: pledge.milestones, language: language, t: t))
            }
        }
        hasRows = !rows.isEmpty
    }
}
