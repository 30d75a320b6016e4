import Hummingbird
import Localization

/// What the layout around every page shows: language, navigation, who is signed in.
struct Chrome {
    struct Link {
        let label: String
        let href: String
        let current: Bool
    }

    struct Alternate {
        let code: String
        let name: String
        let href: String
        let current: Bool
    }

    let lang: String
    let dir: String
    let title: String
    let stylesheet: String
    let homeURL: String
    let aboutURL: String
    let privacyURL: String
    let loginURL: String
    let storiesURL: String
    let logoutURL: String
    let nav: [Link]
    let alternates: [Alternate]
    let user: SignedInUser?
    let csrfToken: String?
    let isDemo: Bool
    let notice: String?
    /// The chapter's name in its space, the platform's elsewhere.
    let siteName: String
    /// The chapter's colours, in a chapter's space.
    let chapterStylesheet: String?
    let logoURL: String?
    /// Whether a chapter shows the platform's name beside its own.
    let platformBrand: Bool

    init(title: String, request: Request, context: AppContext, services: AppServices, notice: String?) {
        let language = context.language
        let t = services.translations.localizer(for: language)
        let path = ChapterScope.pathPrefix + request.uri.path
        self.lang = language.code
        self.dir = language.direction.rawValue
        self.title = title
        self.stylesheet = SiteRoute.stylesheet.path()
        self.homeURL = SiteRoute.home.path(language)
        self.aboutURL = SiteRoute.about.path(language)
        self.privacyURL = SiteRoute.privacy.path(language)
        self.loginURL = context.user == nil ? SiteRoute.login.path(language) : SiteRoute.dashboard.path(language)
        self.logoutURL = SiteRoute.logout.path(language)
        self.storiesURL = SiteRoute.stories.path(language)
        self.user = context.user
        self.csrfToken = context.user == nil ? nil : context.csrf.token()
        self.isDemo = services.site.hasDemoContent
        self.notice = notice
        if let chapter = context.chapter {
            siteName = chapter.name
            chapterStylesheet = SiteRoute.chapterStylesheet.path() + "?v=\(chapter.version)"
            logoURL = chapter.hasLogo ? SiteRoute.chapterLogo.path() + "?v=\(chapter.version)" : nil
            platformBrand = chapter.showsPlatformBrand
        } else {
            siteName = "Together"
            chapterStylesheet = nil
            logoURL = nil
            platformBrand = false
        }

        var items: [(SiteRoute, String)] = [
            (.home, t("nav_home")), (.stories, t("nav_stories")), (.storyNew, t("nav_tell")), (.myStory, t("nav_my_story")),
            (.check, t("nav_check")), (.about, t("nav_about")),
        ]
        // Staff links only where this person works: another space's staff pages would refuse them.
        if let user = context.user, Authorization.mayWork(role: user.role, memberOf: user.chapterID, in: context.space) {
            items.append((.dashboard, t("nav_dashboard")))
            if user.role == .admin || user.role == .moderator { items.append((.reviewQueue, t("nav_review"))) }
            if SiteRoute.staffConversations.access.allows(user.role) { items.append((.staffConversations, t("conv_staff_title"))) }
            if SiteRoute.staffMessageTests.access.allows(user.role) { items.append((.staffMessageTests, t("mt_staff_title"))) }
            if SiteRoute.staffGatherings.access.allows(user.role) { items.append((.staffGatherings, t("gatherings_staff_title"))) }
            if SiteRoute.staffPledges.access.allows(user.role) { items.append((.staffPledges, t("pledges_staff_title"))) }
            if SiteRoute.staffVoices.access.allows(user.role) { items.append((.staffVoices, t("voices_title"))) }
            if user.role == .admin { items.append((.users, t("nav_users"))) }
            items.append((.password, t("nav_password")))
        }
        self.nav = items.map { route, label in
            let href = route.path(language)
            return Link(label: label, href: href, current: href == path)
        }

        // The same page in every other language: swap the prefix, keep the rest of the path.
        let rest =
            request.uri.path.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: true).dropFirst().first.map(String.init)
            ?? ""
        let offered = context.chapter?.languages(of: services.translations) ?? services.translations.languages
        self.alternates = offered.map { other in
            Alternate(
                code: other.code, name: other.nativeName, href: "\(ChapterScope.pathPrefix)/\(other.code)/\(rest)",
                current: other == language)
        }
    }
}
