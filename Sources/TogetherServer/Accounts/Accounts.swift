import FluentKit
import Foundation
import TogetherStore

/// Staff accounts and sign-in: the rules, apart from the pages and commands that use them.
public struct Accounts: Sendable {
    let services: AppServices

    var database: any Database { services.store.database }

    public func administratorExists() async throws -> Bool {
        try await User.query(on: database).filter(\.$role == .admin).filter(\.$isActive == true).count() > 0
    }

    /// Creates an account. Without a password, the account can sign in only after its owner
    /// has chosen one through an invitation link.
    @discardableResult
    public func createUser(email: String, name: String, role: Role, password: String?, chapterID: UUID? = nil) async throws -> User {
        let email = try AccountValidation.email(email)
        let name = try AccountValidation.name(name)
        var hash = ""
        if let password {
            try AccountValidation.password(password, confirmation: nil)
            hash = try await services.passwords.hash(password)
        }
        guard try await User.query(on: database).filter(\.$email == email).first() == nil else {
            throw AccountError.emailTaken
        }
        let user = User(email: email, displayName: name, passwordHash: hash, role: role)
        user.chapterID = chapterID
        try await user.create(on: database)
        return user
    }

    /// Checks an e-mail and password. Takes the same time whether or not the account exists.
    public func authenticate(email: String, password: String) async throws -> User? {
        let email = User.normalise(email: email)
        guard let user = try await User.query(on: database).filter(\.$email == email).first(), user.isActive else {
            try await services.passwords.simulateVerify()
            return nil
        }
        return try await services.passwords.verify(password, against: user.passwordHash) ? user : nil
    }

    public func changePassword(userID: UUID, current: String, new: String, confirmation: String) async throws {
        guard let user = try await User.find(userID, on: database) else { throw AccountError.wrongPassword }
        guard try await services.passwords.verify(current, against: user.passwordHash) else { throw AccountError.wrongPassword }
        try AccountValidation.password(new, confirmation: confirmation)
        user.passwordHash = try await services.passwords.hash(new)
        try await user.save(on: database)
    }

    public func setRole(userID: UUID, role: Role) async throws {
        guard let user = try await User.find(userID, on: database) else { throw AccountError.unknownRole("") }
        if user.role == .admin, role != .admin { try await ensureAnotherAdministrator(besides: userID) }
        user.role = role
        try await user.save(on: database)
    }

    /// The chapter with this short name, for the command line.
    public func chapterID(slug: String) async throws -> UUID {
        guard let chapter = try await ChapterRecord.query(on: database).filter(\.$slug == slug.lowercased()).first() else {
            throw AccountError.unknownChapter
        }
        return try chapter.requireID()
    }

    /// Moves a staff member to a chapter's space (nil: the main space); administrators work in every space whatever it says.
    public func setChapter(userID: UUID, chapterID: UUID?) async throws {
        guard let user = try await User.find(userID, on: database) else { return }
        user.chapterID = chapterID
        try await user.save(on: database)
    }

    /// Deactivating signs the person out everywhere; their account and history stay.
    public func setActive(userID: UUID, active: Bool) async throws {
        guard let user = try await User.find(userID, on: database) else { return }
        if !active, user.role == .admin { try await ensureAnotherAdministrator(besides: userID) }
        user.isActive = active
        try await user.save(on: database)
        if !active { try await Session.query(on: database).filter(\.$user.$id == userID).delete() }
    }

    private func ensureAnotherAdministrator(besides userID: UUID) async throws {
        let others = try await User.query(on: database)
            .filter(\.$role == .admin).filter(\.$isActive == true).filter(\.$id != userID).count()
        guard others > 0 else { throw AccountError.lastAdministrator }
    }

    public func users() async throws -> [User] {
        try await User.query(on: database).sort(\.$displayName).all()
    }

    /// Active staff by role; administrators everywhere, the others of one space (nil: the main space's).
    public func countByRole(in space: UUID? = nil) async throws -> [Role: Int] {
        var counts: [Role: Int] = [:]
        for role in Role.allCases {
            var query = User.query(on: database).filter(\.$role == role).filter(\.$isActive == true)
            if role != .admin { query = query.filter(\.$chapterID == space) }
            counts[role] = try await query.count()
        }
        return counts
    }
}
