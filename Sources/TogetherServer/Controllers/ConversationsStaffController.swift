import CommonGround
import Foundation
import Hummingbird
import Localization
import NIOCore
import TogetherStore

/// Running conversations: start one with its first statements, settings, statements to add,
/// moderation (with the message checker's advice beside each statement), and the Pol.is export.
struct ConversationsStaffController {
    let services: AppServices

    func register(_ routes: RouteRegistrar) {
        routes.on(.staffConversations, use: list)
        routes.on(.staffConversations, .post, use: create)
        routes.on(.staffConversationImport, .post, use: importPolis)
        routes.on(.staffConversation(id: .key), use: manage)
        routes.on(.staffConversation(id: .key), .post, use: addStatement)
        routes.on(.staffConversationModerate(id: .key), .post, use: moderate)
        routes.on(.staffConversationSettings(id: .key), .post, use: settings)
        routes.on(.staffConversationVotesCSV(id: .key), use: votesCSV)
        routes.on(.staffConversationCommentsCSV(id: .key), use: commentsCSV)
    }

    private var desk: ConversationDesk { services.conversations }

    @Sendable func list(_ request: Request, context: AppContext) async throws -> Response {
        try await renderList(form: FormFields(), problem: nil, request: request, context: context)
    }

    @Sendable func create(_ request: Request, context: AppContext) async throws -> Response {
        let form = context.form ?? FormFields()
        let title = (form["title"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let description = (form["description"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let seed = (form["seed"] ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty
        }
        let language = form["language"] ?? context.language.code
        guard !title.isEmpty, title.count <= ConversationDesk.maximumTitleLength, description.count <= 2000,
            Self.languages.contains(language), seed.allSatisfy({ $0.count <= ConversationDesk.maximumStatementLength })
        else {
            return try await renderList(
                form: form, problem: "conv_staff_error_title", request: request, context: context, status: .unprocessableContent)
        }
        let id = try await desk.create(
            title: title, description: description, language: language, strictModeration: form["moderation"] != "permissive", seed: seed)
        try await services.audit(ConversationDesk.AuditAction.start, by: context)
        return .redirect(to: SiteRoute.staffConversation(id: .value(id)).path(context.language), type: .found)
    }

    /// A Pol.is export (votes.csv and comments.csv) becomes a conversation; a bad row is named by its line.
    @Sendable func importPolis(_ request: Request, context: AppContext) async throws -> Response {
        let form = context.form ?? FormFields()
        let title = (form["title"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let language = form["language"] ?? context.language.code
        guard !title.isEmpty, title.count <= ConversationDesk.maximumTitleLength, Self.languages.contains(language) else {
            return try await renderList(
                form: form, problem: "conv_staff_error_title", request: request, context: context, status: .unprocessableContent)
        }
        guard let votesFile = context.files["votes"], let commentsFile = context.files["comments"] else {
            return try await renderList(
                form: form, problem: "conv_import_error_files", request: request, context: context, status: .unprocessableContent)
        }
        let statements: [PolisExport.Statement]
        let votes: [PolisExport.TimedVote]
        do {
            guard let commentsText = String(validating: commentsFile, as: UTF8.self),
                let votesText = String(validating: votesFile, as: UTF8.self)
            else { throw CommonGroundError(problem: "the files are not UTF-8 text.") }
            statements = try PolisExport.statements(csv: commentsText)
            votes = try PolisExport.votes(csv: votesText, statements: Set(statements.map(\.id)))
        } catch let error as CommonGroundError {
            let t = services.translations.localizer(for: context.language)
            return try await renderList(
                form: form, problem: nil, rawProblem: t("conv_import_error_file", ["problem": error.description]), request: request,
                context: context, status: .unprocessableContent)
        }
        let summary = try await desk.importPolis(title: title, language: language, statements: statements, votes: votes)
        try await services.audit(ConversationDesk.AuditAction.importPolis, by: context)
        return .redirect(
            to: SiteRoute.staffConversation(id: .value(summary.conversationID)).path(context.language) + "?done=saved", type: .found)
    }

    @Sendable func manage(_ request: Request, context: AppContext) async throws -> Response {
        let conversation = try await desk.conversation(named: context.parameters)
        let notice = request.uri.queryParameters.get("done") == "saved" ? "conv_staff_saved" : nil
        return try await renderManage(conversation, problem: nil, notice: notice, request: request, context: context)
    }

    @Sendable func addStatement(_ request: Request, context: AppContext) async throws -> Response {
        let conversation = try await desk.conversation(named: context.parameters)
        let text = (context.form?["text"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty, text.count <= ConversationDesk.maximumStatementLength else {
            let problem = text.isEmpty ? "conv_error_statement_empty" : "conv_error_statement_long"
            return try await renderManage(
                conversation, problem: problem, notice: nil, request: request, context: context, status: .unprocessableContent)
        }
        try await desk.addStatement(to: conversation, text: text, proposed: false)
        try await services.audit(ConversationDesk.AuditAction.addStatement, by: context)
        return saved(conversation, context: context)
    }

    @Sendable func moderate(_ request: Request, context: AppContext) async throws -> Response {
        let conversation = try await desk.conversation(named: context.parameters)
        let form = context.form ?? FormFields()
        let statements = try await desk.statements(conversation.id!)
        guard let number = form["statement"].flatMap({ Int($0) }), let statement = statements.first(where: { $0.number == number }) else {
            return try await renderManage(
                conversation, problem: "conv_error_no_statement", notice: nil, request: request, context: context,
                status: .unprocessableContent)
        }
        let status = form["status"].flatMap(ConversationStatementRecord.Status.init(rawValue:)) ?? statement.status
        let isMeta = form["meta"].map { $0 == "yes" } ?? statement.isMeta
        try await desk.moderate(conversationID: conversation.id!, number: number, status: status, isMeta: isMeta)
        try await services.audit(ConversationDesk.AuditAction.moderate, by: context)
        return saved(conversation, context: context)
    }

    @Sendable func settings(_ request: Request, context: AppContext) async throws -> Response {
        let conversation = try await desk.conversation(named: context.parameters)
        let form = context.form ?? FormFields()
        try await desk.update(
            conversation, isOpen: form["open"] == "yes", strictModeration: form["strict"] == "yes",
            allowsProposals: form["proposals"] == "yes")
        try await services.audit(ConversationDesk.AuditAction.settings, by: context)
        return saved(conversation, context: context)
    }

    @Sendable func votesCSV(_ request: Request, context: AppContext) async throws -> Response {
        let conversation = try await desk.conversation(named: context.parameters)
        let rows = try await desk.exportVotes(conversation.id!)
        try await services.audit(ConversationDesk.AuditAction.export, by: context)
        return .download(ByteBuffer(string: PolisExport.votesCSV(rows)), type: "text/csv", name: "votes.csv")
    }

    @Sendable func commentsCSV(_ request: Request, context: AppContext) async throws -> Response {
        let conversation = try await desk.conversation(named: context.parameters)
        let (statements, counts) = try await desk.exportStatements(conversation.id!)
        try await services.audit(ConversationDesk.AuditAction.export, by: context)
        return .download(ByteBuffer(string: PolisExport.commentsCSV(statements, votes: counts)), type: "text/csv", name: "comments.csv")
    }

    /// The languages a conversation may be held in: those the message checker reads.
    static let languages = ["en", "fr", "es", "de", "it", "ar", "tr", "pt"]

    private func saved(_ conversation: ConversationRecord, context: AppContext) -> Response {
        .redirect(to: SiteRoute.staffConversation(id: .value(conversation.id!)).path(context.language) + "?done=saved", type: .found)
    }

    private func renderList(
        form: FormFields, problem: String?, rawProblem: String? = nil, request: Request, context: AppContext,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = services.translations.localizer(for: context.language)
        var rows: [(ConversationRecord, Int)] = []
        let counts = try await desk.statementCounts()
        for conversation in try await desk.list() { rows.append((conversation, conversation.id.flatMap { counts[$0] } ?? 0)) }
        let languages = Self.languages.map { Language(code: $0, nativeName: PlaceNames.languageName($0, in: context.language)) }
        let page = StaffConversationsPage(
            conversations: rows, form: form, problem: rawProblem ?? problem.map { t($0) }, languages: languages, csrf: context.csrf.token(),
            language: context.language, t: t)
        return services.views.render(
            "staff-conversations", title: page.title, page: page, request: request, context: context, services: services, status: status)
    }

    private func renderManage(
        _ conversation: ConversationRecord, problem: String?, notice: String?, request: Request, context: AppContext,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = services.translations.localizer(for: context.language)
        let page = StaffConversationPage(
            conversation: conversation, statements: try await desk.statements(conversation.id!), checker: services.checker,
            problem: problem.map { t($0) }, notice: notice.map { t($0) }, csrf: context.csrf.token(), language: context.language, t: t)
        return services.views.render(
            "staff-conversation", title: conversation.title, page: page, request: request, context: context, services: services,
            status: status)
    }
}
