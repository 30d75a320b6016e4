import Foundation
import Hummingbird
import NIOCore
import Photos
import TogetherStore

/// Tellers add or remove their story's photo (raw JPEG, PNG or WebP in the body); everyone sees it
/// on the public story while it may be shown.
struct PhotosController {
    let services: AppServices

    var desk: StoryDesk { services.stories }

    func register(_ routes: RouteRegistrar) {
        routes.on(.apiMyStoryPhoto, .put, use: upload)
        routes.on(.apiMyStoryPhoto, .delete, use: remove)
        routes.on(.storyPhoto(id: .key), use: show)
    }

    /// `?showsFace=true` when anyone's face can be seen; then the photo is shown only with the
    /// teller's "face" consent. The type comes from the bytes, not from Content-Type.
    @Sendable func upload(_ request: Request, context: AppContext) async throws -> Response {
        guard let receipt = context.receipt, let record = try await desk.story(receipt: receipt) else {
            throw StoryAPIError.noStoryForReceipt
        }
        let showsFace: Bool
        switch request.uri.queryParameters["showsFace"] {
        case "true": showsFace = true
        case "false": showsFace = false
        default: throw StoryAPIError.badParameter("Say whether the photo shows anyone's face: ?showsFace=true or ?showsFace=false.")
        }
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: PhotoCleaner.defaultLimit)
        } catch {
            throw StoryAPIError.badParameter(PhotoError.tooLarge(limit: PhotoCleaner.defaultLimit).description)
        }
        let kind: PhotoKind
        do {
            kind = try await desk.attachPhoto(Array(buffer: body), showsFace: showsFace, to: record, by: .teller)
        } catch let error as PhotoError {
            throw StoryAPIError.badParameter(error.description)
        }
        return try JSONBody.response(Uploaded(mediaType: kind.mediaType, showsFace: showsFace))
    }

    @Sendable func remove(_ request: Request, context: AppContext) async throws -> Response {
        guard let receipt = context.receipt, let record = try await desk.story(receipt: receipt) else {
            throw StoryAPIError.noStoryForReceipt
        }
        try await desk.removePhoto(of: record, by: .teller)
        return Response(status: .noContent)
    }

    @Sendable func show(_ request: Request, context: AppContext) async throws -> Response {
        guard let id = context.parameters.get("id").flatMap(UUID.init(uuidString:)), let photo = try await desk.publicPhoto(of: id) else {
            throw HTTPError(.notFound)
        }
        // Not kept by browsers or proxies: a withdrawal or a change of consent must take effect at once.
        return Response(
            status: .ok, headers: [.contentType: photo.mediaType, .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(bytes: photo.bytes)))
    }

    struct Uploaded: Encodable {
        let mediaType: String
        let showsFace: Bool
    }
}
