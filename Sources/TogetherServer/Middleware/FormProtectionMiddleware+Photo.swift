import Foundation
import Hummingbird
import MultipartKit
import Photos

extension FormProtectionMiddleware {
    /// The forms that send an image (a teller's photo, a chapter's logo) come as
    /// multipart/form-data; every other form stays URL-encoded.
    static func isPhotoForm(_ request: Request) -> Bool {
        let path = request.uri.path
        if path.hasSuffix("/" + SiteRoute.myStoryPhoto.pathComponents.joined(separator: "/")) { return true }
        let parts = path.split(separator: "/")
        return parts.count == 5 && parts[1] == "staff" && parts[2] == "chapters" && parts[4] == "logo"
    }

    /// The boundary of a multipart/form-data body, or nil for any other kind of body.
    static func multipartBoundary(_ request: Request) -> String? {
        let contentType = request.headers[.contentType] ?? ""
        guard contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        return contentType.split(separator: ";").lazy.map({ $0.trimmingCharacters(in: .whitespaces) })
            .first(where: { $0.lowercased().hasPrefix("boundary=") })?.dropFirst(9).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
    }

    /// A multipart form's fields, decoded only after the same anti-forgery check as every form.
    protocol MultipartForm: Decodable {
        var csrfToken: String? { get }
    }

    func readMultipart<Form: MultipartForm>(_ type: Form.Type, _ request: inout Request, context: Context, limit: Int) async throws -> Form
    {
        guard let boundary = Self.multipartBoundary(request) else { throw HTTPError(.unsupportedMediaType) }
        let body = try await request.collectBody(upTo: limit)
        let decoded: Form
        do {
            decoded = try FormDataDecoder().decode(Form.self, from: body, boundary: boundary)
        } catch {
            throw HTTPError(.badRequest)
        }
        guard let expected = context.csrf.cookieValue, let sent = decoded.csrfToken, SecretToken.constantTimeEquals(expected, sent) else {
            throw FormExpired()
        }
        return decoded
    }

    struct PhotoFormBody: MultipartForm {
        var csrfToken: String? { _csrf }
        // swift-format-ignore: AlwaysUseLowerCamelCase
        var _csrf: String?
        var code: String?
        var showsFace: String?
        var action: String?
        var photo: Data?
    }

    /// The fields and the file, after the same anti-forgery check as every form.
    func readPhotoForm(_ request: inout Request, context: Context) async throws -> (FormFields, [UInt8]?) {
        let decoded = try await readMultipart(PhotoFormBody.self, &request, context: context, limit: PhotoCleaner.defaultLimit + 64 * 1024)
        var fields: [String: String] = [:]
        fields["code"] = decoded.code
        fields["showsFace"] = decoded.showsFace
        fields["action"] = decoded.action
        let upload = decoded.photo.flatMap { $0.isEmpty ? nil : Array($0) }
        return (FormFields(fields), upload)
    }
}
