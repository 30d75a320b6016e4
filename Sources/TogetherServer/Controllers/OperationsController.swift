import Foundation
import Hummingbird

/// Machine-facing routes: health, metrics, the API description and the stylesheet.
struct OperationsController {
    let services: AppServices
    let stylesheet: String
    let openAPIDocument: String
    let checkScript: String

    func register(_ routes: RouteRegistrar) {
        routes.on(.healthz, use: health)
        routes.on(.metrics, use: metrics)
        routes.on(.openAPI, use: openAPI)
        routes.on(.apiMe, use: me)
        routes.on(.stylesheet, use: css)
        routes.on(.checkScript, use: script)
    }

    @Sendable func health(_ request: Request, context: AppContext) async throws -> Response {
        Response(
            status: .ok, headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: "ok\n")))
    }

    @Sendable func metrics(_ request: Request, context: AppContext) async throws -> Response {
        Response(
            status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(bytes: services.metrics.emitToBuffer())))
    }

    @Sendable func openAPI(_ request: Request, context: AppContext) async throws -> Response {
        Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: openAPIDocument)))
    }

    @Sendable func me(_ request: Request, context: AppContext) async throws -> Response {
        struct Me: Encodable {
            let name: String
            let role: String
        }
        guard let client = context.apiClient else { throw HTTPError(.unauthorized) }
        let data = try JSONEncoder().encode(Me(name: client.name, role: client.role.rawValue))
        return Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    @Sendable func css(_ request: Request, context: AppContext) async throws -> Response {
        // The file name carries a hash of the content, so a year of caching is safe.
        Response(
            status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=31536000, immutable"],
            body: .init(byteBuffer: ByteBuffer(string: stylesheet)))
    }

    @Sendable func script(_ request: Request, context: AppContext) async throws -> Response {
        Response(
            status: .ok,
            headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "public, max-age=31536000, immutable"],
            body: .init(byteBuffer: ByteBuffer(string: checkScript)))
    }
}
