import FluentKit
import Foundation
import Hummingbird
import NarrativeChecker
import TogetherStore

/// Every change to a pledge campaign goes through here: staff write and open it (after the
/// narrative checker has read it), people sign it without an account, once per browser.
struct PledgeDesk: Sendable {
    let services: AppServices

    var database: any Database { services.store.database }

    static let maximumTitleLength = 120
    static let maximumTextLength = 500

    /// A new campaign, as a draft; the problem's text key when the words or milestones will not do.
    func create(title: String, text: String, language: String, milestones: String) async throws -> Result<UUID, PledgeError> {
        let title = title.trimmingCharacters(in: .whitespacesAndNewlines)
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !title.isEmpty, title.count <= Self.maximumTitleLength else { return .failure(.title) }
        guard !text.isEmpty, text.count <= Self.maximumTextLength else { return .failure(.text) }
        guard let milestones = Self.milestones(milestones) else { return .failure(.milestones) }
        let pledge = PledgeRecord(title: title, text: text, language: language, milestones: milestones)
        pledge.chapterID = ChapterScope.space
        try await pledge.create(on: database)
        return .success(try pledge.requireID())
    }

    /// "100, 500 1000" → [100, 500, 1000]: positive, ascending, at most ten; nil when not so.
    static func milestones(_ text: String) -> [Int]? {
        let parts = text.split(whereSeparator: { $0 == "," || $0 == " " || $0 == ";" }).map { $0.trimmingCharacters(in: .whitespaces) }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count, numbers.count <= 10, numbers.allSatisfy({ (1...100_000_000).contains($0) }),
            numbers == numbers.sorted(), Set(numbers).count == numbers.count
        else { return nil }
        return numbers
    }

    /// What the checker says may backfire in a pledge's words: errors keep it from opening.
    func findings(_ pledge: PledgeRecord, readerLanguage: String) -> [Finding] {
        let checker = services.checker
        let options = Checker.Options(
            language: checker.languages.contains(pledge.language) ? pledge.language : nil, medium: .post, readerLanguage: readerLanguage)
        return checker.check(pledge.title + "\n" + pledge.text, options: options).findings.filter { $0.category != .length }
    }

    /// Opens or closes a campaign; a campaign the checker finds an error in stays a draft.
    func setStatus(_ pledge: PledgeRecord, _ status: PledgeRecord.Status) async throws -> PledgeError? {
        if status == .open, findings(pledge, readerLanguage: "en").contains(where: { $0.severity == .error }) { return .checker }
        pledge.status = status
        try await pledge.save(on: database)
        return nil
    }

    func list(openOnly: Bool) async throws -> [PledgeRecord] {
        var query = PledgeRecord.query(on: database).filter(\.$chapterID == ChapterScope.space).sort(\.$createdAt, .descending)
        if openOnly { query = query.filter(\.$statusValue == PledgeRecord.Status.open.rawValue) }
        return try await query.all()
    }

    /// The campaign a route's `:id` names, or 404; drafts only for staff.
    func pledge(named parameters: Parameters, publicOnly: Bool) async throws -> PledgeRecord {
        guard let id = parameters.get("id", as: UUID.self), let pledge = try await PledgeRecord.find(id, on: database),
            !publicOnly || pledge.status != .draft
        else { throw HTTPError(.notFound) }
        return pledge
    }

    func pledge(_ id: UUID) async throws -> PledgeRecord? { try await PledgeRecord.find(id, on: database) }

    func count(_ pledgeID: UUID) async throws -> Int {
        try await PledgeSignatureRecord.query(on: database).filter(\.$pledgeID == pledgeID).count()
    }

    /// The latest first names people chose to show, newest first.
    func recentNames(_ pledgeID: UUID, limit: Int = 12) async throws -> [String] {
        try await PledgeSignatureRecord.query(on: database).filter(\.$pledgeID == pledgeID).filter(\.$firstName != "")
            .sort(\.$signedAt, .descending).limit(limit).all(\.$firstName)
    }

    func hasSigned(_ pledgeID: UUID, keyHash: String) async throws -> Bool {
        try await PledgeSignatureRecord.query(on: database).filter(\.$pledgeID == pledgeID).filter(\.$keyHash == keyHash).first() != nil
    }

    /// The latest signatures that show a name, for staff who may take a name off.
    func namedSignatures(_ pledgeID: UUID, limit: Int = 50) async throws -> [PledgeSignatureRecord] {
        try await PledgeSignatureRecord.query(on: database).filter(\.$pledgeID == pledgeID).filter(\.$firstName != "")
            .sort(\.$signedAt, .descending).limit(limit).all()
    }

    /// Takes a name off a signature (it should not be public, or its signer asked); the signature counts still.
    func removeName(_ signatureID: UUID, from pledgeID: UUID) async throws {
        try await PledgeSignatureRecord.query(on: database).filter(\.$id == signatureID).filter(\.$pledgeID == pledgeID)
            .set(\.$firstName, to: "").update()
    }

    /// Signs once per browser: a second signature from the same browser (even at the same moment) is
    /// refused by the unique index, and said so.
    func sign(_ pledge: PledgeRecord, keyHash: String, firstName: String) async throws -> PledgeError? {
        guard pledge.status == .open else { return .closed }
        let id = try pledge.requireID()
        if try await hasSigned(id, keyHash: keyHash) { return .alreadySigned }
        do {
            try await PledgeSignatureRecord(pledgeID: id, firstName: firstName, keyHash: keyHash).create(on: database)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            return .alreadySigned
        }
        return nil
    }

    enum AuditAction: String, Sendable, CaseIterable {
        case create = "pledge-create"
        case status = "pledge-status"
        case removeName = "pledge-remove-name"
    }
}

/// Why a campaign cannot be made, opened or signed, each with a text key for the page.
enum PledgeError: Error, Equatable, Sendable {
    case title, text, milestones, checker, closed, alreadySigned

    var messageKey: String {
        switch self {
        case .title: return "pledge_error_title"
        case .text: return "pledge_error_text"
        case .milestones: return "pledge_error_milestones"
        case .checker: return "pledge_error_checker"
        case .closed: return "pledge_error_closed"
        case .alreadySigned: return "pledge_error_already_signed"
        }
    }
}
