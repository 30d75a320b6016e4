import FluentKit
import Foundation

/// A randomised message test: a control and messages, questions before and after, and a real action
/// offered at the end. The seed reproduces every respondent's assignment.
public final class MessageTestRecord: Model, @unchecked Sendable {
    public static let schema = "message_tests"

    public enum Status: String, Sendable, CaseIterable {
        /// Being prepared: respondents cannot start yet.
        case draft
        /// Taking respondents.
        case open
        /// No new respondents; results stay.
        case closed
    }

    /// The real action offered after the questions, recorded against the respondent's arm.
    public enum Behaviour: String, Sendable, CaseIterable {
        case none
        /// Signing a pledge (the text is the test's `behaviourText`).
        case pledge
        /// Following a link to share (the address is `behaviourText`).
        case share
        /// Reserving a place at a gathering (its id is `behaviourText`).
        case rsvp
        /// Signing one of the platform's pledge campaigns (its id is `behaviourText`).
        case sign
    }

    @ID(key: .id) public var id: UUID?
    /// The chapter this belongs to; nil for the main space.
    @OptionalField(key: "chapter_id") public var chapterID: UUID?
    @Field(key: "title") public var title: String
    /// The language the messages and questions are written in.
    @Field(key: "language") public var language: String
    /// The country's name as the survey items say it ("{country}'s economy").
    @Field(key: "country") public var country: String
    /// The ESS national questionnaire the items are worded as ("FR"), fixed at creation so answers
    /// are never read against wording they were not asked in; empty for Together's translations.
    @Field(key: "ess_wording") public var essWording: String
    @Field(key: "status") public var statusValue: String
    @Field(key: "seed") public var seed: Int64
    @Field(key: "behaviour") public var behaviourValue: String
    @Field(key: "behaviour_text") public var behaviourText: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(
        title: String, language: String, country: String, seed: Int64, behaviour: Behaviour, behaviourText: String, essWording: String = ""
    ) {
        self.title = title
        self.language = language
        self.country = country
        self.essWording = essWording
        self.statusValue = Status.draft.rawValue
        self.seed = seed
        self.behaviourValue = behaviour.rawValue
        self.behaviourText = behaviourText
    }

    public var status: Status {
        get { Status(rawValue: statusValue) ?? .closed }
        set { statusValue = newValue.rawValue }
    }

    public var behaviour: Behaviour { Behaviour(rawValue: behaviourValue) ?? .none }
}
