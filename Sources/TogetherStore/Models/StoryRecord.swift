import FluentKit
import Foundation

/// A story's facts and lifecycle. Its words live in ``StoryVersionRecord``; its consent in
/// ``StoryConsentRecord``. Withdrawal deletes all three (see ``StoryTombstone``).
public final class StoryRecord: Model, @unchecked Sendable {
    public static let schema = "stories"

    @ID(key: .id) public var id: UUID?
    /// The chapter this belongs to; nil for the main space.
    @OptionalField(key: "chapter_id") public var chapterID: UUID?
    @Field(key: "status") public var status: String
    @Field(key: "current_version") public var currentVersion: Int
    @OptionalField(key: "approved_version") public var approvedVersion: Int?
    @OptionalField(key: "published_version") public var publishedVersion: Int?
    @OptionalField(key: "sent_for_approval_by") public var sentForApprovalBy: UUID?
    @Field(key: "is_child") public var isChild: Bool
    @Field(key: "guardian_consent") public var guardianConsent: Bool
    @Field(key: "language") public var language: String
    @Field(key: "voice") public var voice: String
    /// Sorted theme names joined by commas, e.g. "food,work".
    @Field(key: "themes") public var themes: String
    @Field(key: "country") public var country: String
    /// Self-described, optional ("" when not given); counted only in aggregates.
    @Field(key: "gender") public var gender: String
    @Field(key: "origin_region") public var originRegion: String
    /// Marked by staff: a story of exceptional achievement (a stereotype risk when it is most of them).
    @Field(key: "exceptional") public var exceptional: Bool
    @OptionalField(key: "region") public var region: String?
    @Field(key: "credit_mode") public var creditMode: String
    @Field(key: "credit_name") public var creditName: String
    /// SHA-256 of the teller's receipt code; the code itself is never stored.
    @Field(key: "receipt_hash") public var receiptHash: String
    /// Contact details sealed with AES-GCM; nil when the teller left none.
    @OptionalField(key: "contact_sealed") public var contactSealed: String?
    /// The facilitator who submitted on the teller's behalf, how consent was given, and when.
    @OptionalField(key: "submitted_by") public var submittedBy: UUID?
    @OptionalField(key: "consent_method") public var consentMethod: String?
    @OptionalField(key: "consent_recorded_at") public var consentRecordedAt: Date?
    /// The facilitator as the record names them: a staff member's name or an API token's name.
    @OptionalField(key: "facilitator_name") public var facilitatorName: String?
    @OptionalField(key: "facilitator_token_id") public var facilitatorTokenID: UUID?
    /// The published story this one translates; nil for a story told in its own words.
    @OptionalField(key: "translation_of") public var translationOf: UUID?
    /// The teller's latest message when asking for changes.
    @OptionalField(key: "teller_message") public var tellerMessage: String?
    /// Why moderators declined it, shown to the teller.
    @OptionalField(key: "rejection_reason") public var rejectionReason: String?
    @OptionalField(key: "published_at") public var publishedAt: Date?
    /// When moderators put it on the front page; nil when they did not.
    @OptionalField(key: "featured_at") public var featuredAt: Date?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    /// The optional self-descriptions start empty ("not said") and no story starts marked exceptional.
    public init() {
        gender = ""
        originRegion = ""
        exceptional = false
    }
}
