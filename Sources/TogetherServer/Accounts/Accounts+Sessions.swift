import FluentKit
import Foundation
import TogetherStore

extension Accounts {
    /// Starts a session and returns the cookie value; only its hash is stored.
    func startSession(for user: User) async throws -> String {
        let token = SecretToken.generate()
        let expires = services.now().addingTimeInterval(services.configuration.sessionLifetime)
        try await Session(tokenHash: SecretToken.hash(token), userID: user.requireID(), expiresAt: expires).create(on: database)
        return token
    }

    /// The signed-in person for a session cookie, or nil when it is unknown, expired or the account is inactive.
    func sessionUser(cookie: String) async throws -> SignedInUser? {
        guard SecretToken.isWellFormed(cookie) else { return nil }
        guard
            let session = try await Session.query(on: database)
                .filter(\.$tokenHash == SecretToken.hash(cookie))
                .with(\.$user)
                .first()
        else { return nil }
        guard session.expiresAt > services.now(), session.user.isActive else {
            try await session.delete(on: database)
            return nil
        }
        return SignedInUser(
            id: try session.user.requireID(), displayName: session.user.displayName, email: session.user.email,
            role: session.user.role, sessionID: session.id, chapterID: session.user.chapterID)
    }

    func endSession(id: UUID) async throws {
        try await Session.query(on: database).filter(\.$id == id).delete()
    }

    /// After a password change, every other browser signed in as this person is signed out.
    func endOtherSessions(userID: UUID, keeping sessionID: UUID?) async throws {
        var query = Session.query(on: database).filter(\.$user.$id == userID)
        if let sessionID { query = query.filter(\.$id != sessionID) }
        try await query.delete()
    }
}
