import Foundation
import Gatherings
import Hummingbird
import Localization
import TogetherStore

/// Organisers' side: plan a gathering (checked by the Gatherings rules), see who is coming, record
/// how many came, or call it off.
struct GatheringsStaffController {
    let services: AppServices

    func register(_ routes: RouteRegistrar) {
        routes.on(.staffGatherings, use: list)
        routes.on(.staffGatheringCreate, .post, use: create)
        routes.on(.staffGathering(id: .key), use: manage)
        routes.on(.staffGatheringAttendance(id: .key), .post, use: attendance)
        routes.on(.staffGatheringCancel(id: .key), .post, use: callOff)
    }

    private var desk: GatheringDesk { services.gatherings }

    @Sendable func list(_ request: Request, context: AppContext) async throws -> Response {
        try await renderList(form: FormFields(), problems: [], request: request, context: context)
    }

    @Sendable func create(_ request: Request, context: AppContext) async throws -> Response {
        let form = context.form ?? FormFields()
        var plan = GatheringPlan()
        plan.title = form["title"] ?? ""
        plan.description = form["description"] ?? ""
        // One the form offers, or none ("another language"); anything else sent is taken as the page's.
        plan.textLanguage =
            form["text_language"].flatMap { $0.isEmpty || GatheringPlan.offeredLanguages.contains($0) ? $0 : nil }
            ?? context.language.code
        plan.category = form["category"] ?? ""
        plan.hosts = (1...GatheringPlan.maximumHosts).map { (form["host\($0)_name"] ?? "", form["host\($0)_community"] ?? "") }
        plan.venue = form["venue"] ?? ""
        plan.start = form["start"] ?? ""
        plan.end = form["end"] ?? ""
        plan.timeZone = form.trimmed("time_zone")
        plan.languages = form.all("languages")
        plan.accessibility = form["accessibility"] ?? ""
        plan.capacity = form["capacity"] ?? ""
        plan.cost = form["cost"] ?? ""
        switch plan.gathering(id: UUID(), now: services.now()) {
        case .failure(let failure):
            return try await renderList(
                form: form, problems: failure.problems, request: request, context: context, status: .unprocessableContent)
        case .success(let gathering):
            try await desk.create(gathering)
            try await services.audit(GatheringDesk.AuditAction.create, by: context)
            return .redirect(to: SiteRoute.staffGathering(id: .value(gathering.id)).path(context.language), type: .found)
        }
    }

    @Sendable func manage(_ request: Request, context: AppContext) async throws -> Response {
        let listed = try await desk.gathering(named: context.parameters)
        let notice = request.uri.queryParameters.get("done") == "saved" ? "gathering_saved" : nil
        return try await renderManage(listed, problem: nil, notice: notice, request: request, context: context)
    }

    @Sendable func attendance(_ request: Request, context: AppContext) async throws -> Response {
        let listed = try await desk.gathering(named: context.parameters)
        do {
            try await desk.recordAttendance(listed, count: Int(context.form?.trimmed("attendance") ?? "") ?? -1)
        } catch let error as GatheringError {
            return try await renderManage(
                listed, problem: error.messageKey, notice: nil, request: request, context: context, status: .unprocessableContent)
        }
        try await services.audit(GatheringDesk.AuditAction.attendance, by: context)
        return saved(listed, context: context)
    }

    @Sendable func callOff(_ request: Request, context: AppContext) async throws -> Response {
        let listed = try await desk.gathering(named: context.parameters)
        try await desk.cancelGathering(listed)
        try await services.audit(GatheringDesk.AuditAction.cancel, by: context)
        return saved(listed, context: context)
    }

    private func saved(_ listed: GatheringDesk.Listed, context: AppContext) -> Response {
        .redirect(to: SiteRoute.staffGathering(id: .value(listed.gathering.id)).path(context.language) + "?done=saved", type: .found)
    }

    private func renderList(
        form: FormFields, problems: [GatheringProblem], request: Request, context: AppContext, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = services.translations.localizer(for: context.language)
        let page = StaffGatheringsPage(
            upcoming: try await desk.list(upcoming: true), past: try await desk.list(upcoming: false), form: form,
            problems: problems.map { t($0.messageKey) }, csrf: context.csrf.token(), language: context.language, t: t)
        return services.views.render(
            "staff-gatherings", title: page.title, page: page, request: request, context: context, services: services, status: status)
    }

    private func renderManage(
        _ listed: GatheringDesk.Listed, problem: String?, notice: String?, request: Request, context: AppContext,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = services.translations.localizer(for: context.language)
        let page = StaffGatheringPage(
            listed: listed, rsvps: try await desk.rsvps(listed.gathering.id), now: services.now(), problem: problem.map { t($0) },
            notice: notice.map { t($0) }, csrf: context.csrf.token(), language: context.language, t: t)
        return services.views.render(
            "staff-gathering", title: listed.gathering.title, page: page, request: request, context: context, services: services,
            status: status)
    }
}
