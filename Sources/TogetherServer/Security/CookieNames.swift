import Foundation
import Hummingbird

/// The site's cookies. Behind TLS they take the `__Host-` prefix, which browsers only accept
/// from a secure origin for the whole host, so a sibling subdomain cannot plant them.
struct CookieSettings: Sendable {
    let secure: Bool

    var session: String { secure ? "__Host-together_session" : "together_session" }
    var csrf: String { secure ? "__Host-together_csrf" : "together_csrf" }
    /// The reader's language choice; not a secret, but still HttpOnly as nothing reads it in scripts.
    var language: String { "together_lang" }
    /// A random key that makes a browser the same anonymous participant in a conversation.
    var participant: String { secure ? "__Host-together_participant" : "together_participant" }

    func make(_ name: String, value: String, maxAge: Int?) -> Cookie {
        Cookie(name: name, value: value, maxAge: maxAge, path: "/", secure: secure, httpOnly: true, sameSite: .lax)
    }

    func expire(_ name: String) -> Cookie {
        Cookie(name: name, value: "", maxAge: 0, path: "/", secure: secure, httpOnly: true, sameSite: .lax)
    }
}
