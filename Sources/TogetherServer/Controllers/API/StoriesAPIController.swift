import FluentKit
import Foundation
import HTTPTypes
import Hummingbird
import Stories
import TogetherStore

/// Telling a story, and the teller's own view of it with their receipt code.
struct StoriesAPIController {
    let services: AppServices

    var desk: StoryDesk { services.stories }

    func register(_ routes: RouteRegistrar) {
        routes.on(.apiStoryCreate, .post, use: create)
        routes.on(.apiMyStory, use: myStory)
        routes.on(.apiMyStoryApprove, .post, use: approve)
        routes.on(.apiMyStoryRequestChanges, .post, use: requestChanges)
        routes.on(.apiMyStoryWithdraw, .post, use: withdraw)
        routes.on(.apiMyStoryConsent, .post, use: changeConsent)
        StoriesReadAPI(services: services).register(routes)
        ReviewAPIController(services: services).register(routes)
    }

    static let facilitatingRoles: Set<Role> = [.admin, .moderator, .facilitator]

    /// Stories can be long: a generous limit of its own, above the forms' default.
    static let bodyLimit = 512 * 1024

    @Sendable func create(_ request: Request, context: AppContext) async throws -> Response {
        let body = try await JSONBody.decode(StoryJSON.Submission.self, from: request, limit: Self.bodyLimit)
        var problems: [SubmissionProblem] = []
        var story: ValidStory?
        do throws(SubmissionError) { story = try body.submission.validated(now: services.now()) } catch { problems = error.problems }
        var onBehalf: FacilitatedConsent?
        if let record = body.onBehalf {
            guard let client = context.apiClient, Self.facilitatingRoles.contains(client.role) else {
                throw StoryAPIError.forbidden(
                    "Only a staff member's API token (facilitator, moderator or administrator) may submit for someone.")
            }
            guard Authorization.mayWork(role: client.role, memberOf: client.chapterID, in: context.space) else {
                throw StoryAPIError.forbidden("This token works for another chapter.")
            }
            do throws(SubmissionError) {
                let facilitation = try Facilitation.validated(
                    method: record.consentMethod, givenAt: record.givenAt, now: services.now(), fieldPrefix: "onBehalf.")
                onBehalf = FacilitatedConsent(tokenID: client.id, name: client.name, facilitation: facilitation)
            } catch { problems += error.problems }
        }
        guard problems.isEmpty, let story else { throw StoryAPIError.invalid(problems) }
        let key = request.headers[HTTPField.Name("Idempotency-Key")!].map { $0.trimmingCharacters(in: .whitespaces) }
        if let key, key.isEmpty || key.count > 100 {
            throw StoryAPIError.badParameter("Idempotency-Key must have 1 to 100 characters.")
        }
        let id: UUID
        let receipt: ReceiptCode
        do {
            (id, receipt) = try await desk.submit(story, submissionKey: key.map { "api:" + $0 }, onBehalf: onBehalf)
        } catch StoryDeskError.duplicateSubmission {
            throw StoryAPIError.duplicate
        }
        return try JSONBody.response(
            StoryJSON.Created(id: id, receipt: receipt.description, status: StoryStatus.submitted.rawValue), status: .created)
    }

    @Sendable func myStory(_ request: Request, context: AppContext) async throws -> Response {
        let record = try await tellersStory(context)
        guard let version = try await desk.version(record.currentVersion, of: record) else { throw StoryAPIError.notFound }
        let consent = try await desk.consent(of: record)
        let scopes = Dictionary(
            uniqueKeysWithValues: ConsentScope.allCases.map { scope in
                (scope.rawValue, StoryJSON.TellerView.Scope(granted: consent.grants[scope] != nil, until: consent.grants[scope] ?? nil))
            })
        return try JSONBody.response(
            StoryJSON.TellerView(
                id: try record.requireID(), status: record.status, version: record.currentVersion, title: version.title,
                summary: version.summary,
                body: version.body, isPublic: StoryDesk.lifecycle(of: record).isPublic, consent: scopes,
                rejectionReason: record.rejectionReason, translations: try await translations(of: record)))
    }

    /// Approves the teller's story, or with `translation` one of its translations.
    @Sendable func approve(_ request: Request, context: AppContext) async throws -> Response {
        struct Body: Decodable {
            let version: Int
            let translation: UUID?
        }
        let record = try await tellersStory(context)
        let body = try await JSONBody.decode(Body.self, from: request, limit: 4096)
        let target = try await target(body.translation, of: record)
        try await lifecycle(.approve(version: body.version), target)
        return try status(of: target)
    }

    @Sendable func requestChanges(_ request: Request, context: AppContext) async throws -> Response {
        struct Body: Decodable {
            let message: String
            let translation: UUID?
        }
        let record = try await tellersStory(context)
        let body = try await JSONBody.decode(Body.self, from: request, limit: 32 * 1024)
        let message = body.message.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !message.isEmpty, message.count <= 5000 else {
            throw StoryAPIError.invalid([.init("message", message.isEmpty ? .required : .tooLong)])
        }
        let target = try await target(body.translation, of: record)
        try await lifecycle(.requestChanges, target, note: message)
        return try status(of: target)
    }

    /// The teller's choices, scope by scope; a scope left out or false is taken back.
    @Sendable func changeConsent(_ request: Request, context: AppContext) async throws -> Response {
        let record = try await tellersStory(context)
        let body = try await JSONBody.decode(StoryJSON.Submission.ConsentBody.self, from: request, limit: 4096)
        if let until = body.until, until <= services.now() { throw StoryAPIError.invalid([.init("consent.until", .consentEndsInPast)]) }
        var consent = Consent()
        let flags: [(ConsentScope, Bool?)] = [
            (.publish, body.publish), (.partners, body.partners), (.campaigns, body.campaigns), (.translate, body.translate),
            (.face, body.face),
        ]
        for case (let scope, true?) in flags { consent.grant(scope, until: body.until) }
        try await desk.changeConsent(of: record, to: consent)
        return try status(of: record)
    }

    @Sendable func withdraw(_ request: Request, context: AppContext) async throws -> Response {
        let record = try await tellersStory(context)
        let id = try record.requireID()
        do {
            try await desk.withdraw(record)
        } catch let error as LifecycleError {
            throw StoryAPIError.refused(error)
        }
        return try JSONBody.response(StoryJSON.Status(id: id, status: StoryStatus.withdrawn.rawValue, version: 0))
    }

    /// The teller's story, or the translation of it that `translation` names.
    private func target(_ translation: UUID?, of record: StoryRecord) async throws -> StoryRecord {
        guard let translation else { return record }
        guard let found = try await desk.translation(translation, of: record) else {
            throw StoryAPIError.badParameter("'translation' is not a translation of this story.")
        }
        return found
    }

    private func translations(of record: StoryRecord) async throws -> [StoryJSON.TellerTranslation] {
        var result: [StoryJSON.TellerTranslation] = []
        for translation in try await desk.translationRecords(of: try record.requireID()) {
            guard let id = translation.id, let words = try await desk.version(translation.currentVersion, of: translation) else { continue }
            result.append(
                .init(
                    id: id, language: translation.language, status: translation.status, version: words.number, title: words.title,
                    body: words.body))
        }
        return result
    }

    private func tellersStory(_ context: AppContext) async throws -> StoryRecord {
        guard let receipt = context.receipt, let record = try await desk.story(receipt: receipt) else {
            throw StoryAPIError.noStoryForReceipt
        }
        return record
    }

    private func lifecycle(_ action: StoryAction, _ record: StoryRecord, note: String? = nil) async throws {
        do {
            try await desk.apply(action, to: record, by: .teller, note: note)
        } catch let error as LifecycleError {
            throw StoryAPIError.refused(error)
        }
    }

    private func status(of record: StoryRecord) throws -> Response {
        try JSONBody.response(StoryJSON.Status(id: try record.requireID(), status: record.status, version: record.currentVersion))
    }
}
