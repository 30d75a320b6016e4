import TogetherStore

/// Checks on what people type into account forms and commands.
enum AccountValidation {
    static func email(_ raw: String) throws(AccountError) -> String {
        let email = User.normalise(email: raw)
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard email.count <= 254, parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
            !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
            !email.contains(where: { $0.isWhitespace || $0.isNewline || $0 == "<" || $0 == ">" })
        else { throw .invalidEmail }
        return email
    }

    static func name(_ raw: String) throws(AccountError) -> String {
        let name = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...100).contains(name.count), !name.contains(where: \.isNewline) else { throw .invalidName }
        return name
    }

    static func password(_ password: String, confirmation: String?) throws(AccountError) {
        guard password.count >= PasswordHasher.minimumLength else { throw .passwordTooShort }
        guard password.count <= PasswordHasher.maximumLength else { throw .passwordTooLong }
        if let confirmation, confirmation != password { throw .passwordsDiffer }
    }

    static func role(_ raw: String) throws(AccountError) -> Role {
        guard let role = Role(rawValue: raw.trimmingCharacters(in: .whitespaces).lowercased()) else {
            throw .unknownRole(raw)
        }
        return role
    }
}
