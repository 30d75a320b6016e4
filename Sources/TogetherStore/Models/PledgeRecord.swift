import FluentKit
import Foundation

/// A pledge campaign: words people sign ("I will stand up for someone's rights today"), milestones
/// to reach, and whether it takes signatures.
public final class PledgeRecord: Model, @unchecked Sendable {
    public static let schema = "pledges"

    public enum Status: String, Sendable, CaseIterable {
        /// Being prepared and checked: not public yet.
        case draft
        case open
        case closed
    }

    @ID(key: .id) public var id: UUID?
    /// The chapter this belongs to; nil for the main space.
    @OptionalField(key: "chapter_id") public var chapterID: UUID?
    @Field(key: "title") public var title: String
    @Field(key: "text") public var text: String
    @Field(key: "language") public var language: String
    @Field(key: "status") public var statusValue: String
    /// Signature counts to celebrate, comma-separated, ascending.
    @Field(key: "milestones") public var milestonesValue: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(title: String, text: String, language: String, milestones: [Int]) {
        self.title = title
        self.text = text
        self.language = language
        self.statusValue = Status.draft.rawValue
        self.milestonesValue = milestones.map(String.init).joined(separator: ",")
    }

    public var status: Status {
        get { Status(rawValue: statusValue) ?? .closed }
        set { statusValue = newValue.rawValue }
    }

    public var milestones: [Int] { milestonesValue.split(separator: ",").compactMap { Int($0) } }
}
