import Hummingbird
import NIOCore

extension Response {
    /// A file to save rather than a page to show (exports): never cached, since it holds what staff
    /// may read and a shared cache must not keep.
    static func download(_ body: ByteBuffer, type: String, name: String) -> Response {
        Response(
            status: .ok,
            headers: [
                .contentType: "\(type); charset=utf-8", .contentDisposition: "attachment; filename=\"\(name)\"", .cacheControl: "no-store",
            ],
            body: .init(byteBuffer: body))
    }
}
