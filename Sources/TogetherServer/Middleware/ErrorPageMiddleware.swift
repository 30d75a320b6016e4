import Hummingbird
import Logging

/// Turns every error into a page in the reader's language (or JSON under /api/), so nothing a
/// person sends can produce a bare 500 or a stack trace.
struct ErrorPageMiddleware: RouterMiddleware {
    typealias Context = AppContext

    let services: AppServices

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let problem as StoryAPIError {
            return problem.response()
        } catch {
            let (status, headers, messageKey) = classify(error, context: context)
            var response =
                request.uri.path.hasPrefix("/api/")
                ? APIErrorBody.response(status, message: (error as? HTTPError)?.body ?? status.reasonPhrase)
                : ErrorPage(status: status, messageKey: messageKey).render(request: request, context: context, services: services)
            for field in headers { response.headers.append(field) }
            return response
        }
    }

    private func classify(_ error: any Error, context: Context) -> (HTTPResponse.Status, HTTPFields, String?) {
        switch error {
        case let error as HTTPError:
            return (error.status, error.headers, nil)
        // Errors Hummingbird and NIO describe by status: a body over its limit is 413.
        case let error as any HTTPResponseError:
            return (error.status, [:], nil)
        case is FormExpired:
            return (.forbidden, [:], "error_form_expired")
        default:
            // Only the type: an error's text can carry what a person typed.
            context.logger.error("unexpected error", metadata: ["type": "\(type(of: error))"])
            return (.internalServerError, [:], nil)
        }
    }
}
