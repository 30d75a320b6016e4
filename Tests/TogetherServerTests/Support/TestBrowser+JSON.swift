import Foundation
import HTTPTypes
import NIOCore

extension TestBrowser {
    struct JSONPage {
        let status: HTTPResponse.Status
        let body: String

        var object: [String: Any] {
            (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any] ?? [:]
        }
    }

    /// Calls a JSON endpoint; `payload` is encoded with JSONSerialization.
    func json(_ uri: String, method: HTTPRequest.Method = .get, _ payload: Any? = nil, headers: HTTPFields = [:]) async throws -> JSONPage {
        var headers = headers
        var body: ByteBuffer?
        if let payload {
            headers[.contentType] = "application/json"
            body = ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: payload))
        }
        let page = try await send(uri, method: method, headers: headers, body: body)
        return JSONPage(status: page.status, body: page.body)
    }
}
