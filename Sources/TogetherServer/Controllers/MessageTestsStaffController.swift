import Foundation
import Hummingbird
import Impact
import Localization
import NIOCore
import TogetherStore

/// Running message tests: create one (arms, questions, the real action), review its messages with
/// the narrative checker, open and close it, read the results and export them.
struct MessageTestsStaffController {
    let services: AppServices

    func register(_ routes: RouteRegistrar) {
        routes.on(.staffMessageTests, use: list)
        routes.on(.staffMessageTestCreate, .post, use: create)
        routes.on(.staffMessageTest(id: .key), use: manage)
        routes.on(.staffMessageTestStatus(id: .key), .post, use: status)
        routes.on(.staffMessageTestResults(id: .key), use: results)
        routes.on(.staffMessageTestResponsesCSV(id: .key), use: responsesCSV)
        routes.on(.staffMessageTestResultsJSON(id: .key), use: resultsJSON)
    }

    private var desk: MessageTestDesk { services.messageTests }

    @Sendable func list(_ request: Request, context: AppContext) async throws -> Response {
        try await renderList(form: FormFields(), problem: nil, request: request, context: context)
    }

    @Sendable func create(_ request: Request, context: AppContext) async throws -> Response {
        let form = context.form ?? FormFields()
        let t = services.translations.localizer(for: context.language)
        var story: (id: UUID, label: String)?
        if let chosen = form["story"].flatMap(UUID.init(uuidString:)) {
            guard try await campaignStories().contains(where: { $0.id == chosen }) else {
                return try await renderList(
                    form: form, problem: "mt_error_story", request: request, context: context, status: .unprocessableContent)
            }
            let label = (form["story_label"] ?? "").trimmingCharacters(in: .whitespaces)
            story = (chosen, label.isEmpty ? t("mt_story_arm") : label)
        }
        let draft = MessageTestDraft(form: form, bank: services.itemBank, controlLabel: t("mt_control"), story: story)
        // The gathering or campaign offered must exist and take people now.
        let chosen = UUID(uuidString: draft.behaviourText)
        var missing: String?
        if draft.behaviour == .rsvp, try await !openGatherings().contains(where: { $0.gathering.id == chosen }) {
            missing = "mt_error_gathering"
        }
        if draft.behaviour == .sign, try await !services.pledges.list(openOnly: true).contains(where: { $0.id == chosen }) {
            missing = "mt_error_campaign"
        }
        if let problem = draft.problem ?? missing {
            return try await renderList(form: form, problem: problem, request: request, context: context, status: .unprocessableContent)
        }
        let id = try await desk.create(draft)
        try await services.audit(MessageTestDesk.AuditAction.create, by: context)
        return .redirect(to: SiteRoute.staffMessageTest(id: .value(id)).path(context.language), type: .found)
    }

    @Sendable func manage(_ request: Request, context: AppContext) async throws -> Response {
        let survey = try await Survey.load(desk.test(named: context.parameters), desk: desk, context: context)
        let t = services.translations.localizer(for: context.language)
        var stories: [UUID: MessageTestRespondentPage.Message] = [:]
        for arm in survey.arms where arm.storyID != nil {
            stories[arm.storyID!] = try await survey.message(arm: arm.number, stories: services.stories)
        }
        let gatheringTitle =
            survey.test.behaviour == .rsvp
            ? try await UUID(uuidString: survey.test.behaviourText).asyncMap { try await services.gatherings.gathering($0) }?.gathering
                .title
            : nil
        let page = StaffMessageTestPage(
            survey: survey, stories: stories, gatheringTitle: gatheringTitle,
            respondents: try await desk.respondentCounts()[survey.id] ?? 0,
            wording: services.itemBank.nationalVersion(code: survey.test.essWording)?.name, checker: services.checker,
            notice: request.uri.queryParameters.get("done") == "saved" ? t("mt_saved") : nil, csrf: context.csrf.token(),
            language: context.language, t: t)
        return services.views.render(
            "staff-message-test", title: survey.test.title, page: page, request: request, context: context, services: services)
    }

    @Sendable func status(_ request: Request, context: AppContext) async throws -> Response {
        let test = try await desk.test(named: context.parameters)
        guard let status = context.form?["status"].flatMap(MessageTestRecord.Status.init(rawValue:)), status != .draft else {
            throw HTTPError(.unprocessableContent, message: "Choose open or closed.")
        }
        try await desk.setStatus(test, status)
        try await services.audit(MessageTestDesk.AuditAction.status, by: context)
        return .redirect(to: SiteRoute.staffMessageTest(id: .value(test.id!)).path(context.language) + "?done=saved", type: .found)
    }

    @Sendable func results(_ request: Request, context: AppContext) async throws -> Response {
        let survey = try await Survey.load(desk.test(named: context.parameters), desk: desk, context: context)
        let query = request.uri.queryParameters
        let analysis = try await analyse(survey, segment: query.get("segment").flatMap { Int($0) })
        let t = services.translations.localizer(for: context.language)
        let page = MessageTestResultsPage(
            survey: survey, analysis: analysis, target: .init(outcome: query.get("outcome"), target: query.get("target")),
            language: context.language, t: t)
        return services.views.render(
            "message-test-results", title: page.title, page: page, request: request, context: context, services: services)
    }

    /// One row per respondent: number, arm, the coded answer to each question (missing codes as
    /// coded), the action, and whether they finished. No time stamps: nothing to single anyone out.
    @Sendable func responsesCSV(_ request: Request, context: AppContext) async throws -> Response {
        let survey = try await Survey.load(desk.test(named: context.parameters), desk: desk, context: context)
        let (respondents, answers) = try await desk.responses(survey.id)
        try await services.audit(MessageTestDesk.AuditAction.export, by: context)
        return .download(
            ByteBuffer(string: MessageTestExport.csv(survey: survey, respondents: respondents, answers: answers)), type: "text/csv",
            name: "responses.csv")
    }

    @Sendable func resultsJSON(_ request: Request, context: AppContext) async throws -> Response {
        let survey = try await Survey.load(desk.test(named: context.parameters), desk: desk, context: context)
        let analysis = try await analyse(survey, segment: request.uri.queryParameters.get("segment").flatMap { Int($0) })
        try await services.audit(MessageTestDesk.AuditAction.export, by: context)
        return .download(
            ByteBuffer(bytes: try MessageTestExport.json(survey: survey, analysis: analysis)), type: "application/json",
            name: "results.json")
    }

    private func analyse(_ survey: Survey, segment: Int?) async throws -> MessageTestAnalysis {
        let (respondents, answers) = try await desk.responses(survey.id)
        let t = services.translations.localizer(for: services.translations.language(code: survey.language) ?? .english)
        return MessageTestAnalysis(
            questions: survey.questions, armCount: survey.arms.count, respondents: respondents, answers: answers,
            behaviour: survey.test.behaviour,
            behaviourPrompt: try await behaviourPrompt(survey.test, t: t), segment: segment)
    }

    /// What the action outcome is called in results: the pledge's words, sharing, or coming to a gathering.
    private func behaviourPrompt(_ test: MessageTestRecord, t: Localizer) async throws -> String {
        switch test.behaviour {
        case .pledge: return test.behaviourText
        case .share, .none: return t("mt_action_share")
        case .rsvp:
            let title = try await UUID(uuidString: test.behaviourText).asyncMap { try await services.gatherings.gathering($0) }?.gathering
                .title
            return t("mt_action_rsvp_outcome", ["title": title ?? "—"])
        case .sign:
            return try await UUID(uuidString: test.behaviourText).asyncMap { try await services.pledges.pledge($0) }?.text ?? "—"
        }
    }

    /// Gatherings a respondent can still reserve a place at.
    private func openGatherings() async throws -> [GatheringDesk.Listed] {
        let now = services.now()
        return try await services.gatherings.list(upcoming: true).filter { GatheringDesk.isOpen($0, now: now) }
    }

    /// Published stories whose tellers allow campaign use: the only ones a test may show.
    private func campaignStories() async throws -> [PublishedStory] {
        let now = services.now()
        return try await services.stories.published(StoryFilter(), pageSize: 100).items.filter { $0.consent.allows(.campaigns, at: now) }
    }

    private func renderList(
        form: FormFields, problem: String?, request: Request, context: AppContext, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = services.translations.localizer(for: context.language)
        let counts = try await desk.respondentCounts()
        let tests = try await desk.list().map { ($0, $0.id.flatMap { counts[$0] } ?? 0) }
        let languages = MessageTestDraft.languages.map { Language(code: $0, nativeName: PlaceNames.languageName($0, in: context.language)) }
        let page = StaffMessageTestsPage(
            tests: tests, canCreate: context.user.map { SiteRoute.staffMessageTestCreate.access.allows($0.role) } ?? false,
            stories: try await campaignStories(), gatherings: try await openGatherings(),
            campaigns: try await services.pledges.list(openOnly: true), bank: services.itemBank, form: form,
            problem: problem.map { t($0) },
            languages: languages, csrf: context.csrf.token(), language: context.language, t: t)
        return services.views.render(
            "staff-message-tests", title: page.title, page: page, request: request, context: context, services: services, status: status)
    }
}
