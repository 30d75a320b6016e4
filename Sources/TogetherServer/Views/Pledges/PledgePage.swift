import Foundation
import Localization
import TogetherStore

/// One campaign: its words, the count and the next milestone, the first names people chose to show,
/// the signing form (or thanks), share links and the embed code for partner sites.
struct PledgePage {
    struct ShareLink {
        let label: String
        let url: String
    }

    let title: String
    let text: String
    let lang: String
    let dir: String
    let progress: PledgeProgress
    let names: String?
    let isOpen: Bool
    let canSign: Bool
    let signed: Bool
    let justSigned: Bool
    let signURL: String
    let problem: String?
    let shareLinks: [ShareLink]
    let embedCode: String
    let csrf: String

    init(
        pledge: PledgeRecord, count: Int, names: [String], signed: Bool, justSigned: Bool, problem: String?, csrf: String, baseURL: String,
        language: Language, t: Localizer
    ) {
        let id = pledge.id!
        title = pledge.title
        text = pledge.text
        lang = pledge.language
        dir = StoryText.direction(of: pledge.language)
        progress = PledgeProgress(count: count, milestones: pledge.milestones, language: language, t: t)
        // Arabic separates a list with its own comma.
        self.names = names.isEmpty ? nil : t("pledge_recent", ["names": names.joined(separator: language.code == "ar" ? "، " : ", ")])
        isOpen = pledge.status == .open
        canSign = isOpen && !signed
        self.signed = signed
        self.justSigned = justSigned
        signURL = SiteRoute.pledgeSign(id: .value(id)).path(language)
        self.problem = problem
        let url = baseURL + SiteRoute.pledge(id: .value(id)).path(language)
        // RFC 3986's unreserved characters stay as they are; everything else is escaped for a query value.
        let unreserved = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
        func encoded(_ text: String) -> String { text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? "" }
        let message = pledge.title + " " + url
        shareLinks = [
            ShareLink(label: "WhatsApp", url: "https://wa.me/?text=" + encoded(message)),
            ShareLink(label: "Telegram", url: "https://t.me/share/url?url=" + encoded(url) + "&text=" + encoded(pledge.title)),
            ShareLink(label: "Facebook", url: "https://www.facebook.com/sharer/sharer.php?u=" + encoded(url)),
            ShareLink(label: t("pledge_share_email"), url: "mailto:?subject=" + encoded(pledge.title) + "&body=" + encoded(url)),
        ]
        embedCode =
            "<iframe src=\"\(baseURL)\(SiteRoute.embedPledge(id: .value(id)).path())?lang=\(language.code)\" title=\"\(HTMLEscaping.escape(pledge.title))\" width=\"360\" height=\"220\" loading=\"lazy\"></iframe>"
        self.csrf = csrf
    }
}
