import CommonGround
import Foundation
import Hummingbird
import Localization
import NIOCore
import TogetherStore

/// Taking part in a conversation without an account: the list, one statement at a time, proposing
/// a statement, deleting one's votes, and the results. Every action is a plain form post.
struct ConversationsController {
    let services: AppServices

    func register(_ routes: RouteRegistrar) {
        routes.on(.conversations, use: list)
        routes.on(.conversation(id: .key), use: show)
        routes.on(.conversationVote(id: .key), .post, use: vote)
        routes.on(.conversationPropose(id: .key), .post, use: propose)
        routes.on(.conversationForget(id: .key), .post, use: forget)
        routes.on(.conversationResults(id: .key), use: results)
        routes.on(.apiConversationResults(id: .key), use: apiResults)
    }

    private var desk: ConversationDesk { services.conversations }

    @Sendable func list(_ request: Request, context: AppContext) async throws -> Response {
        let t = services.translations.localizer(for: context.language)
        let page = ConversationListPage(conversations: try await desk.list(openOnly: true), language: context.language, t: t)
        return services.views.render(
            "conversations", title: t("conv_list_title"), page: page, request: request, context: context, services: services)
    }

    @Sendable func show(_ request: Request, context: AppContext) async throws -> Response {
        let conversation = try await desk.conversation(named: context.parameters)
        let notice: String? =
            switch request.uri.queryParameters.get("done") {
            case "voted": "conv_voted"
            case "pending": "conv_proposed_pending"
            case "added": "conv_proposed_added"
            case "forgotten": "conv_forgotten"
            default: nil
            }
        return try await render(conversation, request: request, context: context, notice: notice)
    }

    @Sendable func vote(_ request: Request, context: AppContext) async throws -> Response {
        let conversation = try await desk.conversation(named: context.parameters)
        let form = context.form ?? FormFields()
        let externalID = ParticipantKey.externalID(form["xid"])
        let key = ParticipantKey.read(request, cookies: services.cookies, externalID: externalID, create: true)
        let choice: Vote.Value? =
            switch form["choice"] {
            case "agree": .agree
            case "disagree": .disagree
            case "pass": .pass
            default: nil
            }
        guard let choice, let number = form["statement"].flatMap({ Int($0) }), let hash = key.hash(for: conversation.id!) else {
            return try await render(
                conversation, request: request, context: context, problem: "conv_error_no_statement", status: .unprocessableContent)
        }
        do {
            try await desk.vote(conversation, keyHash: hash, statementNumber: number, value: choice)
        } catch let error as ConversationError {
            return try await render(conversation, request: request, context: context, problem: error.messageKey, status: .conflict)
        }
        var response = redirect(to: conversation, externalID: externalID, done: "voted", context: context)
        key.setCookie(on: &response, cookies: services.cookies)
        return response
    }

    @Sendable func propose(_ request: Request, context: AppContext) async throws -> Response {
        let conversation = try await desk.conversation(named: context.parameters)
        let form = context.form ?? FormFields()
        let externalID = ParticipantKey.externalID(form["xid"])
        let text = (form["text"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let problem: String? =
            if !conversation.isOpen { "conv_error_closed" } else if !conversation.allowsProposals {
                "conv_error_proposals_off"
            } else if text
                .isEmpty
            { "conv_error_statement_empty" } else if text.count > ConversationDesk.maximumStatementLength {
                "conv_error_statement_long"
            } else { nil }
        if let problem {
            return try await render(
                conversation, request: request, context: context, proposal: form["text"] ?? "", problem: problem,
                status: .unprocessableContent)
        }
        let statement = try await desk.addStatement(to: conversation, text: text, proposed: true)
        return redirect(
            to: conversation, externalID: externalID, done: statement.status == .pending ? "pending" : "added", context: context)
    }

    @Sendable func forget(_ request: Request, context: AppContext) async throws -> Response {
        let conversation = try await desk.conversation(named: context.parameters)
        let form = context.form ?? FormFields()
        let externalID = ParticipantKey.externalID(form["xid"])
        let key = ParticipantKey.read(request, cookies: services.cookies, externalID: externalID, create: false)
        if let hash = key.hash(for: conversation.id!) { _ = try await desk.forget(hash, in: conversation.id!) }
        return redirect(to: conversation, externalID: externalID, done: "forgotten", context: context)
    }

    @Sendable func results(_ request: Request, context: AppContext) async throws -> Response {
        let conversation = try await desk.conversation(named: context.parameters)
        let t = services.translations.localizer(for: context.language)
        let page = ResultsPage(
            conversation: conversation, statements: try await desk.statements(conversation.id!),
            entry: try await desk.results(conversation.id!),
            language: context.language, t: t)
        return services.views.render(
            "conversation-results", title: "\(page.title): \(conversation.title)", page: page, request: request, context: context,
            services: services)
    }

    @Sendable func apiResults(_ request: Request, context: AppContext) async throws -> Response {
        guard let id = context.parameters.get("id", as: UUID.self), let conversation = try await desk.conversation(id) else {
            throw HTTPError(.notFound, message: "There is no conversation with this id.")
        }
        let entry = try await desk.results(id)
        let statements = try await desk.statements(id)
        let body = ConversationResultsJSON(conversation: conversation, statements: statements, entry: entry)
        return JSONBody.response(bytes: ByteBuffer(bytes: try ConversationResultsJSON.encoder.encode(body)))
    }

    private func redirect(to conversation: ConversationRecord, externalID: String?, done: String, context: AppContext) -> Response {
        var path = SiteRoute.conversation(id: .value(conversation.id!)).path(context.language) + "?done=\(done)"
        if let externalID { path += "&xid=\(externalID)" }
        return .redirect(to: path, type: .found)
    }

    /// The next statement for this participant: unanswered, shown, highest priority first (new
    /// statements, not yet in the analysis, before all others).
    private func render(
        _ conversation: ConversationRecord, request: Request, context: AppContext, proposal: String = "", problem: String? = nil,
        notice: String? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let id = conversation.id!
        let externalID =
            ParticipantKey.externalID(request.uri.queryParameters.get("xid")) ?? ParticipantKey.externalID(context.form?["xid"])
        let key = ParticipantKey.read(request, cookies: services.cookies, externalID: externalID, create: false)
        var answered: [Int: Vote.Value] = [:]
        if let hash = key.hash(for: id) { answered = try await desk.votes(of: hash, in: id) }
        let shown = try await desk.statements(id).filter { $0.status == .approved }
        let entry = await services.conversationResults.entry(id)
        var priority: [Int: Double] = [:]
        if let analysis = entry?.analysis {
            for (index, statement) in analysis.statements.enumerated() { Int(statement).map { priority[$0] = analysis.priority[index] } }
        }
        let next = shown.filter { answered[$0.number] == nil }
            .min { (-(priority[$0.number] ?? .infinity), $0.number) < (-(priority[$1.number] ?? .infinity), $1.number) }
        let t = services.translations.localizer(for: context.language)
        let page = ConversationPage(
            conversation: conversation, next: next, answered: shown.filter { answered[$0.number] != nil }.count, total: shown.count,
            hasVotes: !answered.isEmpty, externalID: externalID, proposal: proposal, problem: problem.map { t($0) },
            notice: notice.map { t($0) }, csrf: context.csrf.token(), language: context.language, t: t)
        return services.views.render(
            "conversation", title: conversation.title, page: page, request: request, context: context, services: services, status: status)
    }
}
