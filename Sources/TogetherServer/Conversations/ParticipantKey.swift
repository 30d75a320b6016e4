import Foundation
import Hummingbird

/// Who is voting, without an account: the random key in the participant cookie, or the id a
/// partner site gives its own users when it embeds a conversation (`?xid=`).
struct ParticipantKey {
    /// The browser's key, possibly just made (then `isNew`, and the response must set the cookie).
    let browserKey: String?
    let isNew: Bool
    let externalID: String?

    /// Partner ids are opaque: letters, digits and - _ . : only, at most 128 characters.
    static func externalID(_ value: String?) -> String? {
        guard let value, !value.isEmpty, value.count <= 128,
            value.unicodeScalars.allSatisfy({
                $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "-_.:".unicodeScalars.contains($0))
            })
        else { return nil }
        return value
    }

    /// The key a request carries; with `create`, a new one when it carries none.
    static func read(_ request: Request, cookies: CookieSettings, externalID: String?, create: Bool) -> ParticipantKey {
        if let value = request.cookies[cookies.participant]?.value, SecretToken.isWellFormed(value) {
            return ParticipantKey(browserKey: value, isNew: false, externalID: externalID)
        }
        return ParticipantKey(browserKey: create ? SecretToken.generate() : nil, isNew: create, externalID: externalID)
    }

    func hash(for conversationID: UUID) -> String? {
        ConversationDesk.keyHash(conversationID: conversationID, browserKey: browserKey, externalID: externalID)
    }

    /// A year: long enough to come back to a conversation, and it holds nothing but a random key.
    func setCookie(on response: inout Response, cookies: CookieSettings) {
        guard isNew, let browserKey else { return }
        response.setCookie(cookies.make(cookies.participant, value: browserKey, maxAge: 365 * 24 * 3600))
    }
}
