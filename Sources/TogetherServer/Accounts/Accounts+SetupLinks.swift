import FluentKit
import Foundation
import TogetherStore

extension Accounts {
    /// A fresh one-time link for creating the first administrator. Earlier unused links stop working.
    public func issueFirstAdministratorLink() async throws -> String {
        try await SetupToken.query(on: database)
            .filter(\.$purpose == .firstAdministrator).filter(\.$usedAt == nil).delete()
        return try await issueSetupToken(purpose: .firstAdministrator, userID: nil)
    }

    /// A one-time link for an invited person to choose their password.
    public func issueInvitationLink(userID: UUID) async throws -> String {
        try await SetupToken.query(on: database)
            .filter(\.$user.$id == userID).filter(\.$usedAt == nil).delete()
        return try await issueSetupToken(purpose: .invitation, userID: userID)
    }

    private func issueSetupToken(purpose: SetupToken.Purpose, userID: UUID?) async throws -> String {
        let token = SecretToken.generate()
        let expires = services.now().addingTimeInterval(services.configuration.setupLinkLifetime)
        try await SetupToken(tokenHash: SecretToken.hash(token), purpose: purpose, userID: userID, expiresAt: expires)
            .create(on: database)
        return token
    }

    /// The setup link's record when it can still be used.
    func usableSetupToken(_ token: String) async throws -> SetupToken? {
        guard SecretToken.isWellFormed(token) else { return nil }
        let record = try await SetupToken.query(on: database)
            .filter(\.$tokenHash == SecretToken.hash(token)).with(\.$user).first()
        guard let record, record.isUsable(at: services.now()) else { return nil }
        if record.purpose == .firstAdministrator, try await administratorExists() { return nil }
        return record
    }

    /// Uses a setup link: creates the first administrator, or sets an invited person's password.
    func completeSetup(_ record: SetupToken, email: String, name: String, password: String, confirmation: String) async throws -> User {
        try AccountValidation.password(password, confirmation: confirmation)
        let user: User
        switch record.purpose {
        case .firstAdministrator:
            user = try await createUser(email: email, name: name, role: .admin, password: password)
        case .invitation:
            guard let invited = record.user else { throw AccountError.invalidEmail }
            invited.passwordHash = try await services.passwords.hash(password)
            try await invited.save(on: database)
            user = invited
        }
        record.usedAt = services.now()
        try await record.save(on: database)
        return user
    }

    /// The one-time link, in the space of the chapter the person joins (nil: the main space).
    public func setupURL(token: String, language: String = "en", chapterID: UUID? = nil) -> String {
        let prefix = services.chapters.chapter(id: chapterID)?.pathPrefix ?? ""
        return services.configuration.baseURL + prefix + "/\(language)/setup/\(token)"
    }
}
