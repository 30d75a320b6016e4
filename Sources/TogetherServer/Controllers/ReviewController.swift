import FluentKit
import Foundation
import Hummingbird
import Localization
import NIOCore
import Stories
import TogetherStore

/// Moderators' screens: the queue, and one story with its edits, its diff and the steps to publication.
struct ReviewController {
    let services: AppServices

    var desk: StoryDesk { services.stories }

    func register(_ routes: RouteRegistrar) {
        routes.on(.reviewQueue, use: queue)
        routes.on(.reviewStory(id: .key), use: show)
        routes.on(.reviewStoryEdit(id: .key), .post, use: edit)
        routes.on(.reviewStoryAction(id: .key), .post, use: act)
        routes.on(.reviewStoryContact(id: .key), .post, use: revealContact)
        routes.on(.reviewStoryRedactions(id: .key), .post, use: decideRedactions)
        routes.on(.reviewStoryPhoto(id: .key), use: photo)
        routes.on(.reviewStoryPhoto(id: .key), .post, use: markPhoto)
    }

    /// The story's photo as stored (already without metadata), for moderators only, never cached.
    @Sendable func photo(_ request: Request, context: AppContext) async throws -> Response {
        guard let photo = try await desk.photo(of: try await story(context)) else { throw HTTPError(.notFound) }
        return Response(
            status: .ok, headers: [.contentType: photo.mediaType, .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(bytes: photo.bytes)))
    }

    @Sendable func markPhoto(_ request: Request, context: AppContext) async throws -> Response {
        let record = try await story(context)
        let form = context.form ?? FormFields()
        guard let value = form["showsFace"], value == "true" || value == "false" else { throw HTTPError(.badRequest) }
        try await desk.markPhoto(of: record, showsFace: value == "true", by: try actor(context))
        return .redirect(to: SiteRoute.reviewStory(id: .value(try record.requireID())).path(context.language), type: .normal)
    }

    /// One choice per suggested detail ("d.<key>" = redact or keep); undecided ones stay suggestions.
    @Sendable func decideRedactions(_ request: Request, context: AppContext) async throws -> Response {
        let record = try await story(context)
        let form = context.form ?? FormFields()
        var redact: Set<String> = []
        var keep: Set<String> = []
        for (key, value) in form.fields(prefixed: "d.") {
            if value == "redact" { redact.insert(key) } else if value == "keep" { keep.insert(key) }
        }
        let actor = try actor(context)
        if let refusal = try await refusingResponse(
            record, request: request, context: context, { try await desk.decideRedactions(record, redact: redact, keep: keep, by: actor) })
        {
            return refusal
        }
        return .redirect(to: SiteRoute.reviewStory(id: .value(try record.requireID())).path(context.language), type: .normal)
    }

    @Sendable func queue(_ request: Request, context: AppContext) async throws -> Response {
        // Filters from a plain GET form; values that name no status or language are ignored.
        let status = request.uri.queryParameters["status"].flatMap { StoryStatus(rawValue: String($0)) }
        let language = request.uri.queryParameters["language"].map(String.init).flatMap { StoryLanguage.isKnown($0) ? $0 : nil }
        var query = StoryRecord.query(on: services.store.database).filter(\.$chapterID == context.space).sort(\.$createdAt).limit(200)
        query =
            status.map { query.filter(\.$status == $0.rawValue) }
            ?? query.filter(\.$status ~~ ReviewAPIController.openStatuses.map(\.rawValue))
        if let language { query = query.filter(\.$language == language) }
        let records = try await query.all()
        var items: [(StoryRecord, String)] = []
        for record in records { items.append((record, try await desk.version(record.currentVersion, of: record)?.title ?? "")) }
        let page = ReviewQueuePage(
            items: items, status: status, storyLanguage: language, language: context.language,
            t: services.translations.localizer(for: context.language))
        return services.views.render("review-queue", title: page.title, page: page, request: request, context: context, services: services)
    }

    @Sendable func show(_ request: Request, context: AppContext) async throws -> Response {
        try await render(try await story(context), request: request, context: context)
    }

    @Sendable func edit(_ request: Request, context: AppContext) async throws -> Response {
        let record = try await story(context)
        let form = context.form ?? FormFields()
        let title = form.trimmed("title")
        let body = form["body"]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let summary = form.trimmed("summary")
        guard !title.isEmpty, !body.isEmpty, title.count <= StorySubmission.maxTitleLength, body.count <= StorySubmission.maxBodyLength,
            summary.count <= 1000
        else {
            return try await render(
                record, problem: "review_problem_edit", request: request, context: context, status: .unprocessableContent)
        }
        let actor = try actor(context)
        if let refusal = try await refusingResponse(
            record, request: request, context: context,
            {
                try await desk.edit(record, title: title, summary: summary, body: body, by: actor)
            })
        {
            return refusal
        }
        return .redirect(to: SiteRoute.reviewStory(id: .value(try record.requireID())).path(context.language), type: .normal)
    }

    @Sendable func act(_ request: Request, context: AppContext) async throws -> Response {
        let record = try await story(context)
        let form = context.form ?? FormFields()
        let actor = try actor(context)
        var refusal: Response?
        switch form["action"] {
        case "request-approval":
            refusal = try await refusingResponse(record, request: request, context: context) {
                try await desk.sendForApproval(record, by: actor)
            }
        case "publish", "publish-override":
            do {
                refusal = try await refusingResponse(record, request: request, context: context) {
                    try await desk.publish(record, by: actor, overridingRedactions: form["action"] == "publish-override")
                }
            } catch is RedactionRefusal {
                return try await render(
                    record, problem: "review_refused_redactions", request: request, context: context, status: .conflict)
            }
        case "exceptional", "ordinary":
            refusal = try await refusingResponse(record, request: request, context: context) {
                try await desk.markExceptional(record, form["action"] == "exceptional", by: actor)
            }
        case "feature", "unfeature":
            refusal = try await refusingResponse(record, request: request, context: context) {
                try await desk.feature(record, form["action"] == "feature", by: actor)
            }
        case "reject":
            let reason = form.trimmed("reason")
            guard !reason.isEmpty, reason.count <= 2000 else {
                return try await render(
                    record, problem: "review_problem_reason", request: request, context: context, status: .unprocessableContent)
            }
            refusal = try await refusingResponse(record, request: request, context: context) {
                try await desk.apply(.reject, to: record, by: actor, note: reason)
            }
        default:
            throw HTTPError(.badRequest)
        }
        if let refusal { return refusal }
        return .redirect(to: SiteRoute.reviewStory(id: .value(try record.requireID())).path(context.language), type: .normal)
    }

    /// Contact details stay hidden until a moderator asks, and each time is written to the audit log.
    @Sendable func revealContact(_ request: Request, context: AppContext) async throws -> Response {
        let record = try await story(context)
        let contact = record.contactSealed.flatMap { services.vault.open($0) }
        try await desk.audit(action: "show-contact", story: record.id, by: try actor(context), on: services.store.database)
        var response = try await render(record, contact: contact, request: request, context: context)
        response.headers[.cacheControl] = "no-store"
        return response
    }

    private func story(_ context: AppContext) async throws -> StoryRecord {
        guard let id = context.parameters.get("id").flatMap(UUID.init(uuidString:)), let record = try await desk.story(id: id) else {
            throw HTTPError(.notFound)
        }
        return record
    }

    private func actor(_ context: AppContext) throws -> StoryDesk.Actor {
        guard let user = context.user else { throw HTTPError(.forbidden) }
        return .staff(user)
    }

    /// Runs a step; when the rules refuse it, the page says why instead.
    private func refusingResponse(
        _ record: StoryRecord, request: Request, context: AppContext, _ step: () async throws -> Void
    ) async throws -> Response? {
        do {
            try await step()
            return nil
        } catch let error as LifecycleError {
            return try await render(record, refusal: error, request: request, context: context, status: .conflict)
        }
    }

    private func render(
        _ record: StoryRecord, contact: String? = nil, problem: String? = nil, refusal: LifecycleError? = nil, request: Request,
        context: AppContext, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        guard let current = try await desk.version(record.currentVersion, of: record) else { throw HTTPError(.notFound) }
        // Compared with the version before by default, or with any earlier one the moderator picks.
        let chosen = request.uri.queryParameters["against"].flatMap { Int($0) }.flatMap {
            (1..<record.currentVersion).contains($0) ? $0 : nil
        }
        let against = chosen ?? (record.currentVersion - 1)
        let previous = against >= 1 ? try await desk.version(against, of: record) : nil
        let t = services.translations.localizer(for: context.language)
        var page = ReviewPage(
            record: record, current: current, previous: previous, consent: try await desk.consent(of: record), contact: contact,
            problem: refusal.map { t(Self.refusalKey($0)) } ?? problem.map { t($0) }, csrf: context.csrf.token(),
            language: context.language,
            t: t, now: services.now())
        page.history = try await desk.auditLog(story: try record.requireID(), limit: 100).entries.map {
            .init(
                when: LocaleFormat(language: context.language).dateTime($0.at), who: AuditLogPage.who($0, t: t),
                action: AuditLogPage.action($0.action, t: t))
        }
        try await page.link(record, desk: desk, language: context.language, t: t, now: services.now())
        let first = current.number == 1 ? current : try await desk.version(1, of: record)
        page.check(record, current: current, original: first, checker: services.checker, language: context.language, t: t)
        try await page.suggestRedactions(record, current: current, desk: desk, language: context.language, t: t)
        if let photo = try await desk.photo(of: record) {
            let id = try record.requireID()
            page.photo = .init(
                url: SiteRoute.reviewStoryPhoto(id: .value(id)).path(context.language), showsFace: photo.showsFace,
                note: t(photo.showsFace ? "review_photo_face" : "review_photo_no_face"))
        }
        return services.views.render(
            "review-story", title: page.title, page: page, request: request, context: context, services: services, status: status)
    }

    static func refusalKey(_ error: LifecycleError) -> String {
        switch error {
        case .needsTellerApproval: return "review_refused_approval"
        case .needsGuardianConsent: return "review_refused_guardian"
        case .needsSecondModerator: return "review_refused_second"
        case .approvalOfOutdatedVersion, .notAllowed, .notPermitted: return "review_refused_state"
        }
    }
}
