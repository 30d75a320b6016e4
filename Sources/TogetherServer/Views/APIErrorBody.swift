import Foundation
import Hummingbird

/// `{"error": {"status": 401, "message": "..."}}`, the shape every API error has.
enum APIErrorBody {
    static func response(_ status: HTTPResponse.Status, message: String) -> Response {
        struct Body: Encodable {
            struct Detail: Encodable {
                let status: Int
                let message: String
            }
            let error: Detail
        }
        let data = (try? JSONEncoder().encode(Body(error: .init(status: status.code, message: message)))) ?? Data("{}".utf8)
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
