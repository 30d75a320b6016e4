import Foundation
import Hummingbird
import Localization
import TogetherStore

/// Pledge campaigns for staff: write one, read what the narrative checker says about its words,
/// open it (not while the checker finds an error) and close it.
struct PledgesStaffController {
    let services: AppServices

    func register(_ routes: RouteRegistrar) {
        routes.on(.staffPledges, use: list)
        routes.on(.staffPledgeCreate, .post, use: create)
        routes.on(.staffPledge(id: .key), use: manage)
        routes.on(.staffPledgeStatus(id: .key), .post, use: status)
        routes.on(.staffPledgeRemoveName(id: .key), .post, use: removeName)
    }

    private var desk: PledgeDesk { services.pledges }

    @Sendable func list(_ request: Request, context: AppContext) async throws -> Response {
        try await renderList(form: FormFields(), problem: nil, request: request, context: context)
    }

    @Sendable func create(_ request: Request, context: AppContext) async throws -> Response {
        let form = context.form ?? FormFields()
        let language = form["language"].flatMap { MessageTestDraft.languages.contains($0) ? $0 : nil } ?? context.language.code
        switch try await desk.create(
            title: form["title"] ?? "", text: form["text"] ?? "", language: language, milestones: form["milestones"] ?? "")
        {
        case .failure(let problem):
            return try await renderList(
                form: form, problem: problem.messageKey, request: request, context: context, status: .unprocessableContent)
        case .success(let id):
            try await services.audit(PledgeDesk.AuditAction.create, by: context)
            return .redirect(to: SiteRoute.staffPledge(id: .value(id)).path(context.language), type: .found)
        }
    }

    @Sendable func manage(_ request: Request, context: AppContext) async throws -> Response {
        let pledge = try await desk.pledge(named: context.parameters, publicOnly: false)
        let notice = request.uri.queryParameters.get("done") == "saved" ? "pledge_saved" : nil
        return try await renderManage(pledge, problem: nil, notice: notice, request: request, context: context)
    }

    @Sendable func status(_ request: Request, context: AppContext) async throws -> Response {
        let pledge = try await desk.pledge(named: context.parameters, publicOnly: false)
        guard let status = context.form?["status"].flatMap(PledgeRecord.Status.init(rawValue:)), status != .draft else {
            throw HTTPError(.unprocessableContent, message: "Choose open or closed.")
        }
        if let problem = try await desk.setStatus(pledge, status) {
            return try await renderManage(
                pledge, problem: problem.messageKey, notice: nil, request: request, context: context, status: .unprocessableContent)
        }
        try await services.audit(PledgeDesk.AuditAction.status, by: context)
        return .redirect(to: SiteRoute.staffPledge(id: .value(pledge.id!)).path(context.language) + "?done=saved", type: .found)
    }

    @Sendable func removeName(_ request: Request, context: AppContext) async throws -> Response {
        let pledge = try await desk.pledge(named: context.parameters, publicOnly: false)
        if let signature = context.form?["signature"].flatMap(UUID.init(uuidString:)) {
            try await desk.removeName(signature, from: pledge.requireID())
            try await services.audit(PledgeDesk.AuditAction.removeName, by: context)
        }
        return .redirect(to: SiteRoute.staffPledge(id: .value(pledge.id!)).path(context.language) + "?done=saved", type: .found)
    }

    private func renderList(
        form: FormFields, problem: String?, request: Request, context: AppContext, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = services.translations.localizer(for: context.language)
        var rows: [(PledgeRecord, Int)] = []
        for pledge in try await desk.list(openOnly: false) { rows.append((pledge, try await desk.count(pledge.requireID()))) }
        let languages = MessageTestDraft.languages.map { Language(code: $0, nativeName: PlaceNames.languageName($0, in: context.language)) }
        let page = StaffPledgesPage(
            pledges: rows, form: form, problem: problem.map { t($0) }, languages: languages, csrf: context.csrf.token(),
            language: context.language, t: t)
        return services.views.render(
            "staff-pledges", title: page.title, page: page, request: request, context: context, services: services, status: status)
    }

    private func renderManage(
        _ pledge: PledgeRecord, problem: String?, notice: String?, request: Request, context: AppContext, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = services.translations.localizer(for: context.language)
        let page = StaffPledgePage(
            pledge: pledge, count: try await desk.count(pledge.requireID()), names: try await desk.namedSignatures(pledge.requireID()),
            findings: desk.findings(pledge, readerLanguage: context.language.code), problem: problem.map { t($0) },
            notice: notice.map { t($0) }, csrf: context.csrf.token(), language: context.language, t: t)
        return services.views.render(
            "staff-pledge", title: pledge.title, page: page, request: request, context: context, services: services, status: status)
    }
}
