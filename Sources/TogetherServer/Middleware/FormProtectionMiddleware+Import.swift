import Foundation
import Hummingbird
import MultipartKit

extension FormProtectionMiddleware {
    /// The staff form that brings in a Pol.is export sends two files, as multipart/form-data.
    static func isImportForm(_ request: Request) -> Bool {
        request.uri.path.hasSuffix("/" + SiteRoute.staffConversationImport.pathComponents.joined(separator: "/"))
    }

    /// A Pol.is export of a large conversation runs to tens of megabytes.
    static let importLimit = 64 * 1024 * 1024

    struct ImportFormBody: Decodable {
        // swift-format-ignore: AlwaysUseLowerCamelCase
        var _csrf: String?
        var title: String?
        var language: String?
        var votes: Data?
        var comments: Data?
    }

    /// The fields and both files, after the same anti-forgery check as every form.
    func readImportForm(_ request: inout Request, context: Context) async throws -> (FormFields, [String: [UInt8]]) {
        guard let boundary = Self.multipartBoundary(request) else { throw HTTPError(.unsupportedMediaType) }
        let body = try await request.collectBody(upTo: Self.importLimit)
        let decoded: ImportFormBody
        do {
            decoded = try FormDataDecoder().decode(ImportFormBody.self, from: body, boundary: boundary)
        } catch {
            throw HTTPError(.badRequest)
        }
        guard let expected = context.csrf.cookieValue, let sent = decoded._csrf, SecretToken.constantTimeEquals(expected, sent) else {
            throw FormExpired()
        }
        var fields: [String: String] = [:]
        fields["title"] = decoded.title
        fields["language"] = decoded.language
        var files: [String: [UInt8]] = [:]
        files["votes"] = decoded.votes.flatMap { $0.isEmpty ? nil : Array($0) }
        files["comments"] = decoded.comments.flatMap { $0.isEmpty ? nil : Array($0) }
        return (FormFields(fields), files)
    }
}
