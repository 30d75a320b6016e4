import Foundation
import Hummingbird

/// `{"error": {"status": 422, "message": "...", "fields": [{"field": "title", "code": "required"}]}}`,
/// the shape every API error has (`fields` only when there are field problems).
enum APIErrorBody {
    struct Field: Encodable, Equatable {
        let field: String
        let code: String
    }

    static func response(_ status: HTTPResponse.Status, message: String, fields: [Field] = []) -> Response {
        struct Body: Encodable {
            struct Detail: Encodable {
                let status: Int
                let message: String
                let fields: [Field]?
            }
            let error: Detail
        }
        let body = Body(error: .init(status: status.code, message: message, fields: fields.isEmpty ? nil : fields))
        let encoder = JSONEncoder()
        // Stable key order: equal errors must be byte-for-byte equal (a receipt check is no oracle).
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(body)) ?? Data("{}".utf8)
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
