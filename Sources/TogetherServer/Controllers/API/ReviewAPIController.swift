import FluentKit
import Foundation
import Hummingbird
import Stories
import TogetherStore

/// What moderators do through the API with a bearer token: the queue, edits, and the steps to publication.
struct ReviewAPIController {
    let services: AppServices

    var desk: StoryDesk { services.stories }

    func register(_ routes: RouteRegistrar) {
        routes.on(.apiReviewQueue, use: queue)
        routes.on(.apiStoryEdit(id: .key), .patch, use: edit)
        routes.on(.apiStoryRequestApproval(id: .key), .post, use: requestApproval)
        routes.on(.apiStoryPublish(id: .key), .post, use: publish)
        routes.on(.apiStoryReject(id: .key), .post, use: reject)
        routes.on(.apiStoryTranslations(id: .key), .post, use: translate)
    }

    static let openStatuses: [StoryStatus] = [.submitted, .inReview, .awaitingApproval, .approved]

    @Sendable func queue(_ request: Request, context: AppContext) async throws -> Response {
        var query = StoryRecord.query(on: services.store.database).filter(\.$chapterID == context.space).sort(\.$createdAt).limit(200)
        if let language = request.uri.queryParameters["language"] { query = query.filter(\.$language == String(language)) }
        if let status = request.uri.queryParameters["status"] {
            guard StoryStatus(rawValue: String(status)) != nil else { throw StoryAPIError.invalid([.init("status", .required)]) }
            query = query.filter(\.$status == String(status))
        } else {
            query = query.filter(\.$status ~~ Self.openStatuses.map(\.rawValue))
        }
        var items: [StoryJSON.QueueItem] = []
        for record in try await query.all() {
            let title = try await desk.version(record.currentVersion, of: record)?.title ?? ""
            items.append(
                .init(
                    id: try record.requireID(), status: record.status, language: record.language, title: title,
                    version: record.currentVersion,
                    isChild: record.isChild, submittedAt: record.createdAt, translationOf: record.translationOf))
        }
        return try JSONBody.response(StoryJSON.Page(items: items, next: nil))
    }

    /// Adds a translation of a published story whose teller allowed it; it starts in the queue like any story.
    @Sendable func translate(_ request: Request, context: AppContext) async throws -> Response {
        struct Body: Decodable {
            var language: String?
            var title: String?
            var body: String?
        }
        guard let id = context.parameters.get("id").flatMap(UUID.init(uuidString:)), let source = try await desk.story(id: id),
            let client = context.apiClient
        else { throw StoryAPIError.notFound }
        let body = try await JSONBody.decode(Body.self, from: request, limit: StoriesAPIController.bodyLimit)
        let actor = StoryDesk.Actor.token(client)
        let translationID: UUID
        do {
            translationID = try await desk.translate(
                source, .init(language: body.language ?? "", title: body.title ?? "", body: body.body ?? ""), by: actor)
        } catch let error as SubmissionError {
            throw StoryAPIError.invalid(error.problems)
        } catch let error as StoryDeskError {
            switch error {
            case .notTranslatable: throw StoryAPIError.notFound
            case .translationNotAllowed: throw StoryAPIError.forbidden(error.description)
            default: throw StoryAPIError.conflict(error.description)
            }
        }
        return try JSONBody.response(
            StoryJSON.Status(id: translationID, status: StoryStatus.submitted.rawValue, version: 1), status: .created)
    }

    @Sendable func edit(_ request: Request, context: AppContext) async throws -> Response {
        struct Body: Decodable {
            var title: String?
            var summary: String?
            var body: String?
        }
        let record = try await story(context)
        let body = try await JSONBody.decode(Body.self, from: request, limit: StoriesAPIController.bodyLimit)
        var problems: [SubmissionProblem] = []
        for (field, value, limit) in [
            ("title", body.title, StorySubmission.maxTitleLength), ("summary", body.summary, 1000),
            ("body", body.body, StorySubmission.maxBodyLength),
        ] {
            guard let value else { continue }
            if value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, field != "summary" {
                problems.append(.init(field, .required))
            }
            if value.count > limit { problems.append(.init(field, .tooLong)) }
        }
        guard problems.isEmpty else { throw StoryAPIError.invalid(problems) }
        try await refusing {
            try await desk.edit(record, title: body.title, summary: body.summary, body: body.body, by: moderator(context))
        }
        return try status(of: record)
    }

    @Sendable func requestApproval(_ request: Request, context: AppContext) async throws -> Response {
        let record = try await story(context)
        let actor = try moderator(context)
        try await refusing {
            try await desk.sendForApproval(record, by: actor)
        }
        return try status(of: record)
    }

    /// Refused (409) while likely personal details have no decision, unless the body says
    /// `{"overrideRedactions": true}`, which the audit log records.
    @Sendable func publish(_ request: Request, context: AppContext) async throws -> Response {
        struct Body: Decodable { let overrideRedactions: Bool? }
        let record = try await story(context)
        let hasBody = (request.headers[.contentLength].flatMap { Int($0) } ?? 0) > 0
        let override = hasBody ? try await JSONBody.decode(Body.self, from: request, limit: 1024).overrideRedactions ?? false : false
        do {
            try await refusing { try await desk.publish(record, by: moderator(context), overridingRedactions: override) }
        } catch let refusal as RedactionRefusal {
            throw StoryAPIError.conflict(refusal.description)
        }
        return try status(of: record)
    }

    @Sendable func reject(_ request: Request, context: AppContext) async throws -> Response {
        struct Body: Decodable { let reason: String }
        let record = try await story(context)
        let reason = try await JSONBody.decode(Body.self, from: request, limit: 32 * 1024).reason.trimmingCharacters(
            in: .whitespacesAndNewlines)
        guard !reason.isEmpty, reason.count <= 2000 else {
            throw StoryAPIError.invalid([.init("reason", reason.isEmpty ? .required : .tooLong)])
        }
        try await refusing { try await desk.apply(.reject, to: record, by: moderator(context), note: reason) }
        return try status(of: record)
    }

    private func story(_ context: AppContext) async throws -> StoryRecord {
        guard let id = context.parameters.get("id").flatMap(UUID.init(uuidString:)), let record = try await desk.story(id: id) else {
            throw StoryAPIError.notFound
        }
        return record
    }

    /// The token acts as a moderator; the audit log names its role and token name, not a person.
    private func moderator(_ context: AppContext) throws -> StoryDesk.Actor {
        guard let client = context.apiClient else { throw StoryAPIError.forbidden("A moderator's token is required.") }
        return .token(client)
    }

    private func refusing(_ body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch let error as LifecycleError {
            throw StoryAPIError.refused(error)
        }
    }

    private func status(of record: StoryRecord) throws -> Response {
        try JSONBody.response(StoryJSON.Status(id: try record.requireID(), status: record.status, version: record.currentVersion))
    }
}
