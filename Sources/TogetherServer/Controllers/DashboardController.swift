import Hummingbird
import Localization
import TogetherStore

/// The staff start page: who is on the team, and where to go next.
struct DashboardController {
    let services: AppServices

    struct Page {
        struct RoleCount {
            let text: String
            let description: String
        }

        struct Link {
            let label: String
            let href: String
        }

        let title: String
        let welcome: String
        let roleCounts: [RoleCount]
        let links: [Link]
    }

    func register(_ routes: RouteRegistrar) {
        routes.on(.dashboard, use: show)
    }

    @Sendable func show(_ request: Request, context: AppContext) async throws -> Response {
        guard let user = context.user else { throw HTTPError(.forbidden) }
        let t = services.translations.localizer(for: context.language)
        let counts = try await services.accounts.countByRole(in: context.space)
        // Only the places this person's role opens, as the routes' own access rules say.
        let offered: [(SiteRoute, String)] = [
            (.reviewQueue, "dashboard_link_review"), (.storyNewForSomeone, "dashboard_link_submit_for_someone"),
            (.users, "dashboard_link_users"), (.auditLog, "dashboard_link_audit"), (.rulePacks, "dashboard_link_rule_packs"),
            (.password, "nav_password"),
        ]
        let links = offered.filter { $0.0.access.allows(user.role) }.map {
            Page.Link(label: t($0.1), href: $0.0.path(context.language))
        }
        let page = Page(
            title: t("dashboard_title"),
            welcome: t("dashboard_welcome", ["name": user.displayName, "role": t("role_\(user.role.rawValue)")]),
            roleCounts: Role.allCases.map { role in
                let count = counts[role] ?? 0
                return Page.RoleCount(
                    text: t.plural("count_\(role.rawValue)", count: count),
                    description: t("role_\(role.rawValue)_description"))
            },
            links: links)
        return services.views.render(
            "dashboard", title: page.title, page: page, request: request, context: context,
            services: services, notice: services.views.noticeText(request, context: context))
    }
}
