import Foundation
import Hummingbird
import Localization
import Logging
import NIOCore
import Stories
import TogetherStore

/// What a request carries through the middleware to its handler.
public struct AppContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Set by ``LanguageMiddleware`` from the URL prefix.
    public var language: Language = .english
    /// The signed-in staff member, if any (from the session cookie).
    public var user: SignedInUser?
    /// The API token that authenticated this request, if any.
    public var apiClient: APIClient?
    /// The receipt code a teller sent (`Authorization: Receipt CODE`), well-formed but not yet checked.
    public var receipt: ReceiptCode?
    /// The parsed body of a form post, once ``CSRFMiddleware`` has checked it.
    public var form: FormFields?
    /// The file of a multipart form (a story's photo), read by the form middleware with the fields.
    public var upload: [UInt8]?
    /// The files of the Pol.is import form, by field name.
    public var files: [String: [UInt8]] = [:]
    public let csrf = CSRFState()
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    public var maxUploadSize: Int { 64 * 1024 }

    /// The chapter whose space this request is in (from its path prefix or host name); nil for the
    /// main space. Set by ``ChapterResponder`` before routing.
    public var chapter: Chapter? { ChapterScope.current?.chapter }
    /// The chapter's id, or nil for the main space: the value scoped records store.
    public var space: UUID? { chapter?.id }
}

/// The parts of a staff account a page needs; never the password hash.
public struct SignedInUser: Sendable, Equatable {
    public let id: UUID
    public let displayName: String
    public let email: String
    public let role: Role
    public let sessionID: UUID?
    /// The chapter this person works for; nil for the main space (administrators work everywhere).
    public var chapterID: UUID? = nil
}

/// A script or tool calling the JSON API with a bearer token.
public struct APIClient: Sendable, Equatable {
    public let id: UUID
    public let name: String
    public let role: Role
    /// The chapter the token works for; nil for the main space (administrator tokens work everywhere).
    public var chapterID: UUID? = nil
}
