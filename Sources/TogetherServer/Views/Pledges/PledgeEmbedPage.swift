import Localization
import TogetherStore

/// The counter partner sites show in a frame.
struct PledgeEmbedPage {
    let lang: String
    let dir: String
    let stylesheet: String
    let title: String
    let text: String
    let textLang: String
    let textDir: String
    let count: String
    let url: String
    let signLabel: String

    init(pledge: PledgeRecord, count: Int, stylesheet: String, url: String, language: Language, t: Localizer) {
        lang = language.code
        dir = language.direction.rawValue
        self.stylesheet = stylesheet
        title = pledge.title
        text = pledge.text
        textLang = pledge.language
        textDir = StoryText.direction(of: pledge.language)
        self.count = t("pledge_count", ["count": LocaleFormat(language: language).number(count)])
        self.url = url
        signLabel = t("pledge_embed_sign")
    }
}
