import Foundation
import HTTPTypes
import Hummingbird
import Stories

/// Errors of the stories API, each with its status and a message a developer or teller can act on.
enum StoryAPIError: Error {
    /// The same answer for a malformed, wrong or withdrawn code: the API is no oracle for which codes exist.
    case noStoryForReceipt
    case invalid([SubmissionProblem])
    case unreadableJSON(String)
    case notFound
    case withdrawn
    case refused(LifecycleError)
    case forbidden(String)
    case notYetAvailable(String)
    case duplicate
    case conflict(String)
    case badParameter(String)

    var status: HTTPResponse.Status {
        switch self {
        case .noStoryForReceipt: return .unauthorized
        case .invalid: return .unprocessableContent
        case .unreadableJSON: return .badRequest
        case .notFound: return .notFound
        case .withdrawn: return .gone
        case .refused: return .conflict
        case .forbidden: return .forbidden
        case .notYetAvailable: return .notImplemented
        case .duplicate, .conflict: return .conflict
        case .badParameter: return .badRequest
        }
    }

    var message: String {
        switch self {
        case .noStoryForReceipt: return "No story matches this receipt code. Check the code and try again."
        case .invalid: return "Some fields need fixing."
        case .unreadableJSON(let detail): return "The request body is not the JSON this endpoint expects: \(detail)"
        case .notFound: return "There is no published story with this id."
        case .withdrawn: return "This story was withdrawn by its teller. Delete any copy you hold."
        case .refused(let error): return error.description
        case .forbidden(let reason), .notYetAvailable(let reason), .badParameter(let reason), .conflict(let reason): return reason
        case .duplicate:
            return "A story was already sent with this Idempotency-Key; the first sending counts and its receipt is the one to keep."
        }
    }

    func response() -> Response {
        var fields: [APIErrorBody.Field] = []
        if case .invalid(let problems) = self { fields = problems.map { .init(field: $0.field, code: $0.code.rawValue) } }
        var response = APIErrorBody.response(status, message: message, fields: fields)
        if case .noStoryForReceipt = self { response.headers[.wwwAuthenticate] = "Receipt" }
        return response
    }
}
