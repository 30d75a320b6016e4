import Foundation
import Hummingbird

extension FormProtectionMiddleware {
    /// The staff form that brings in a Pol.is export sends two files, as multipart/form-data.
    static func isImportForm(_ request: Request) -> Bool {
        request.uri.path.hasSuffix("/" + SiteRoute.staffConversationImport.pathComponents.joined(separator: "/"))
    }

    /// A Pol.is export of a large conversation runs to tens of megabytes.
    static let importLimit = 64 * 1024 * 1024

    struct ImportFormBody: MultipartForm {
        var csrfToken: String? { _csrf }
        // swift-format-ignore: AlwaysUseLowerCamelCase
        var _csrf: String?
        var title: String?
        var language: String?
        var votes: Data?
        var comments: Data?
    }

    /// The fields and both files, after the same anti-forgery check as every form.
    func readImportForm(_ request: inout Request, context: Context) async throws -> (FormFields, [String: [UInt8]]) {
        let decoded = try await readMultipart(ImportFormBody.self, &request, context: context, limit: Self.importLimit)
        var fields: [String: String] = [:]
        fields["title"] = decoded.title
        fields["language"] = decoded.language
        var files: [String: [UInt8]] = [:]
        files["votes"] = decoded.votes.flatMap { $0.isEmpty ? nil : Array($0) }
        files["comments"] = decoded.comments.flatMap { $0.isEmpty ? nil : Array($0) }
        return (FormFields(fields), files)
    }
}
