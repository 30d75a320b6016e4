import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore

/// A small browser for router tests: keeps cookies, reads hidden anti-forgery tokens from
/// forms, and posts forms the way a browser does.
final class TestBrowser: @unchecked Sendable {
    let client: any TestClientProtocol
    private(set) var cookies: [String: String] = [:]

    init(client: any TestClientProtocol) {
        self.client = client
    }

    struct Page {
        let status: HTTPResponse.Status
        let headers: HTTPFields
        let body: String

        var location: String? { headers[.location] }

        /// The first anti-forgery token on the page.
        var csrf: String? {
            guard let range = body.range(of: #"name="_csrf" value="([A-Za-z0-9_-]+)""#, options: .regularExpression) else { return nil }
            return String(body[range].split(separator: "\"")[3])
        }

        func contains(_ text: String) -> Bool { body.contains(text) }
    }

    @discardableResult
    func get(_ uri: String, headers: HTTPFields = [:]) async throws -> Page {
        try await send(uri, method: .get, headers: headers, body: nil)
    }

    /// Posts url-encoded fields; pass `csrf: nil` to leave the token out.
    @discardableResult
    func post(_ uri: String, _ fields: [(String, String)], csrf: String?, headers: HTTPFields = [:]) async throws -> Page {
        var all = fields
        if let csrf { all.append(("_csrf", csrf)) }
        let body = all.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        var headers = headers
        headers[.contentType] = "application/x-www-form-urlencoded"
        return try await send(uri, method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    /// Loads a form page and submits it with its own token, as a person would.
    @discardableResult
    func submit(_ formURI: String, to action: String? = nil, _ fields: [(String, String)]) async throws -> Page {
        let form = try await get(formURI)
        return try await post(action ?? formURI, fields, csrf: form.csrf)
    }

    func send(_ uri: String, method: HTTPRequest.Method, headers: HTTPFields, body: ByteBuffer?) async throws -> Page {
        var headers = headers
        if !cookies.isEmpty, headers[.cookie] == nil {
            headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
        }
        let response = try await client.execute(uri: uri, method: method, headers: headers, body: body)
        for header in response.headers[values: .setCookie] {
            let pair = header.split(separator: ";")[0].split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(pair[0])
            let value = pair.count > 1 ? String(pair[1]) : ""
            if value.isEmpty || header.contains("Max-Age=0") { cookies[name] = nil } else { cookies[name] = value }
        }
        return Page(status: response.status, headers: response.headers, body: String(buffer: response.body))
    }

    func forgetCookies() { cookies = [:] }

    private static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }
}
