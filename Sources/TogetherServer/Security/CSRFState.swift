import NIOConcurrencyHelpers

/// The anti-forgery token of one request. A token is made only when a page renders a form,
/// so pages without forms set no cookie.
public final class CSRFState: Sendable {
    private let state = NIOLockedValueBox<(token: String?, isNew: Bool)>((nil, false))

    init() {}

    /// The token to put in a form's hidden field.
    public func token() -> String {
        state.withLockedValue { value in
            if let token = value.token { return token }
            let token = SecretToken.generate()
            value = (token, true)
            return token
        }
    }

    func adopt(cookieValue: String) {
        state.withLockedValue { $0 = (cookieValue, false) }
    }

    var cookieValue: String? { state.withLockedValue { $0.token } }
    var needsCookie: Bool { state.withLockedValue { $0.isNew } }
}
