import FluentKit
import Foundation
import TogetherStore

extension Accounts {
    static let apiTokenPrefix = "tgr_"

    /// Creates a token and returns it: the only time it is ever shown.
    public func createAPIToken(name: String, role: Role, chapterID: UUID? = nil) async throws -> String {
        let name = name.trimmingCharacters(in: .whitespaces)
        guard (1...64).contains(name.count),
            name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) })
        else { throw AccountError.invalidTokenName }
        guard try await APIToken.query(on: database).filter(\.$name == name).first() == nil else {
            throw AccountError.tokenNameTaken
        }
        let token = SecretToken.generate(prefix: Self.apiTokenPrefix)
        let record = APIToken(name: name, role: role, tokenHash: SecretToken.hash(token))
        record.chapterID = chapterID
        try await record.create(on: database)
        return token
    }

    public func revokeAPIToken(name: String) async throws {
        guard let token = try await APIToken.query(on: database).filter(\.$name == name).filter(\.$revokedAt == nil).first()
        else { throw AccountError.tokenNotFound }
        token.revokedAt = services.now()
        try await token.save(on: database)
    }

    public func apiTokens() async throws -> [APIToken] {
        try await APIToken.query(on: database).sort(\.$name).all()
    }

    /// The client a bearer token stands for, or nil when it is unknown or revoked.
    func apiClient(bearer token: String) async throws -> APIClient? {
        guard SecretToken.isWellFormed(token, prefix: Self.apiTokenPrefix) else { return nil }
        guard
            let record = try await APIToken.query(on: database)
                .filter(\.$tokenHash == SecretToken.hash(token)).filter(\.$revokedAt == nil).first()
        else { return nil }
        return APIClient(id: try record.requireID(), name: record.name, role: record.role, chapterID: record.chapterID)
    }
}
