import FluentKit
import Foundation
import Stories
import TogetherStore

/// Carries out what the ``Stories`` rules allow, on the store: every change to a story goes
/// through here, so the lifecycle, consent and audit rules hold for pages and API alike.
public struct StoryDesk: Sendable {
    let services: AppServices

    var database: any Database { services.store.database }
    /// Reads of published material, which on SQLite run beside writes (``Store/reader``).
    var reader: any Database { services.store.reader }

    /// Who acts, as the audit log records it (a role, never a name).
    public struct Actor: Sendable {
        let story: StoryActor
        let userID: UUID?
        let auditRole: String
        /// The API token that acted, for the audit log; nil for people using the pages.
        var tokenID: UUID? = nil

        public static let teller = Actor(story: .teller, userID: nil, auditRole: "teller")
        /// The server's own scheduled jobs (retention).
        public static let system = Actor(story: .teller, userID: nil, auditRole: "system")
    }

    /// Saves a new story with its first version and consent; returns its id and the receipt code to show once.
    ///
    /// With a `submissionKey` already used, nothing is saved and ``StoryDeskError/duplicateSubmission`` is thrown.
    public func submit(
        _ story: ValidStory, submissionKey: String? = nil, onBehalf: FacilitatedConsent? = nil
    ) async throws -> (id: UUID, receipt: ReceiptCode) {
        let receipt = ReceiptCode.generate()
        let sealedContact = try story.contact.map { try services.vault.seal($0) }
        let now = services.now()
        let id = UUID()
        if let submissionKey, try await StorySubmissionKey.query(on: database).filter(\.$key == submissionKey).first() != nil {
            throw StoryDeskError.duplicateSubmission
        }
        do {
            try await saveNew(
                story, id: id, receipt: receipt, sealedContact: sealedContact, submissionKey: submissionKey, onBehalf: onBehalf, now: now)
        } catch let error as any DatabaseError where error.isConstraintFailure && submissionKey != nil {
            // Two presses that raced past the check above: the unique key lets only one through.
            throw StoryDeskError.duplicateSubmission
        }
        return (id, receipt)
    }

    private func saveNew(
        _ story: ValidStory, id: UUID, receipt: ReceiptCode, sealedContact: String?, submissionKey: String?, onBehalf: FacilitatedConsent?,
        now: Date
    ) async throws {
        // Read here: a transaction's closure may run outside the request's task and its task-locals.
        let space = ChapterScope.space
        try await database.transaction { db in
            let record = StoryRecord()
            record.id = id
            record.chapterID = space
            StoryDesk.store(story.lifecycle, in: record)
            record.language = story.language
            record.voice = story.voice.rawValue
            record.themes = story.themes.map(\.rawValue).joined(separator: ",")
            record.country = story.place.country
            record.gender = story.gender?.rawValue ?? ""
            record.originRegion = story.originRegion?.rawValue ?? ""
            record.exceptional = false
            record.region = story.place.region
            record.creditMode = story.credit.mode.rawValue
            record.creditName = story.credit.name
            record.receiptHash = receipt.hash
            record.contactSealed = sealedContact
            record.submittedBy = onBehalf?.userID
            record.facilitatorTokenID = onBehalf?.tokenID
            record.facilitatorName = onBehalf?.name
            record.consentMethod = onBehalf?.facilitation.method.rawValue
            record.consentRecordedAt = onBehalf?.facilitation.givenAt
            try await record.create(on: db)
            try await StoryVersionRecord(storyID: id, number: 1, title: story.title, summary: "", body: story.body, editedBy: nil).create(
                on: db)
            for (scope, until) in story.consent.grants {
                try await StoryConsentRecord(storyID: id, scope: scope.rawValue, until: until).create(on: db)
            }
            if let submissionKey { try await StorySubmissionKey(key: submissionKey, storyID: id).create(on: db) }
            try await AuditEvent(
                actorID: onBehalf.flatMap { $0.userID ?? $0.tokenID }, actorRole: onBehalf == nil ? "teller" : "facilitator",
                action: "submit", storyID: id,
                at: now
            ).create(on: db)
        }
    }

    /// The story a receipt code opens, or nil. A malformed, wrong or withdrawn code all answer nil alike.
    public func story(receipt: ReceiptCode) async throws -> StoryRecord? {
        try await StoryRecord.query(on: database).filter(\.$receiptHash == receipt.hash).first()
    }

    public func story(id: UUID) async throws -> StoryRecord? {
        try await StoryRecord.find(id, on: database)
    }

    public func version(_ number: Int, of story: StoryRecord) async throws -> StoryVersionRecord? {
        try await StoryVersionRecord.query(on: database)
            .filter(\.$story.$id == story.requireID()).filter(\.$number == number).first()
    }

    public func consent(of story: StoryRecord) async throws -> Consent {
        let rows = try await StoryConsentRecord.query(on: database).filter(\.$story.$id == story.requireID()).all()
        return Self.consent(from: rows)
    }

    /// The consent a story's stored rows describe; rows naming no known scope are ignored.
    static func consent(from rows: some Sequence<StoryConsentRecord>) -> Consent {
        consent(from: rows.lazy.map { ($0.scope, $0.until) })
    }

    /// The same from stored scope names and ends, however they were read.
    static func consent(from grants: some Sequence<(scope: String, until: Date?)>) -> Consent {
        var consent = Consent()
        for grant in grants { if let scope = ConsentScope(rawValue: grant.scope) { consent.grant(scope, until: grant.until) } }
        return consent
    }

    static func lifecycle(of record: StoryRecord) -> StoryLifecycle {
        StoryLifecycle(
            status: StoryStatus(rawValue: record.status) ?? .submitted, currentVersion: record.currentVersion,
            approvedVersion: record.approvedVersion, publishedVersion: record.publishedVersion,
            isChild: record.isChild, hasGuardianConsent: record.guardianConsent, sentForApprovalBy: record.sentForApprovalBy)
    }

    static func store(_ lifecycle: StoryLifecycle, in record: StoryRecord) {
        record.status = lifecycle.status.rawValue
        record.currentVersion = lifecycle.currentVersion
        record.approvedVersion = lifecycle.approvedVersion
        record.publishedVersion = lifecycle.publishedVersion
        record.sentForApprovalBy = lifecycle.sentForApprovalBy
        record.isChild = lifecycle.isChild
        record.guardianConsent = lifecycle.hasGuardianConsent
    }
}

/// A submission made for the teller by a facilitator: who they are, and how and when the teller consented.
public struct FacilitatedConsent: Sendable, Equatable {
    /// The signed-in staff member, or nil when an API token carried the submission.
    public let userID: UUID?
    public let tokenID: UUID?
    /// The name the record keeps: the staff member's name or the token's.
    public let name: String
    public let facilitation: Facilitation

    public init(userID: UUID? = nil, tokenID: UUID? = nil, name: String, facilitation: Facilitation) {
        self.userID = userID
        self.tokenID = tokenID
        self.name = name
        self.facilitation = facilitation
    }
}
