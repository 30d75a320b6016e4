import Localization

/// A campaign's count as people read it: signatures so far, and the next milestone to reach.
struct PledgeProgress {
    let count: String
    let next: String?
    /// 0–100, for the progress element.
    let percent: Int
    let reachedAll: Bool

    init(count: Int, milestones: [Int], language: Language, t: Localizer) {
        let format = LocaleFormat(language: language)
        self.count = t("pledge_count", ["count": format.number(count)])
        let upcoming = milestones.first { $0 > count }
        next = upcoming.map { t("pledge_next_milestone", ["milestone": format.number($0)]) }
        percent = upcoming.map { min(100, count * 100 / max($0, 1)) } ?? 100
        reachedAll = upcoming == nil && !milestones.isEmpty
    }
}
