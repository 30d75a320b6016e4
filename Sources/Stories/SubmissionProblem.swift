/// One thing to fix in a submission: the field, and a stable code a page turns into words in the teller's language.
public struct SubmissionProblem: Sendable, Equatable, Hashable {
    public enum Code: String, Sendable {
        case required, tooLong, unknownLanguage, unknownVoice, unknownTheme, unknownCountry, notCoarse
        case publishConsentRequired, consentEndsInPast, childCredit, guardianConsentRequired, unknownAgeGroup
        case unknownConsentMethod, consentGivenInFuture, unknownGender, unknownOriginRegion
    }

    public let field: String
    public let code: Code

    public init(_ field: String, _ code: Code) {
        self.field = field
        self.code = code
    }
}

/// A submission that failed its checks, with every problem at once so the form can show them together.
public struct SubmissionError: Error, Equatable, CustomStringConvertible, Sendable {
    public let problems: [SubmissionProblem]

    public init(problems: [SubmissionProblem]) {
        self.problems = problems
    }

    public var description: String {
        problems.map { "\($0.field): \($0.code.rawValue)" }.joined(separator: ", ")
    }
}
