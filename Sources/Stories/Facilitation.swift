import Foundation

/// How the person telling a story gave their consent to a facilitator who submits it for them
/// (someone who does not write, or has no device): the record shows how and when.
public struct Facilitation: Sendable, Equatable {
    public enum Method: String, CaseIterable, Sendable {
        case spoken, written, other
    }

    public let method: Method
    public let givenAt: Date

    public init(method: Method, givenAt: Date) {
        self.method = method
        self.givenAt = givenAt
    }

    /// Checks what the facilitator recorded: a known method, and a time that has already come.
    /// `fieldPrefix` names the fields as the caller's form or JSON body does.
    public static func validated(method: String?, givenAt: Date?, now: Date, fieldPrefix: String = "") throws(SubmissionError)
        -> Facilitation
    {
        var problems: [SubmissionProblem] = []
        let trimmed = method?.trimmingCharacters(in: .whitespaces) ?? ""
        let known = Method(rawValue: trimmed)
        if known == nil { problems.append(.init(fieldPrefix + "consentMethod", trimmed.isEmpty ? .required : .unknownConsentMethod)) }
        if let givenAt, givenAt > now { problems.append(.init(fieldPrefix + "consentGivenAt", .consentGivenInFuture)) }
        if givenAt == nil { problems.append(.init(fieldPrefix + "consentGivenAt", .required)) }
        guard problems.isEmpty, let known, let givenAt else { throw SubmissionError(problems: problems) }
        return Facilitation(method: known, givenAt: givenAt)
    }
}
