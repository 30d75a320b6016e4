/// Why an account action was refused. `description` is for the command line; `messageKey`
/// names the catalog text shown on a page, in the reader's language.
public enum AccountError: Error, Equatable, CustomStringConvertible {
    case invalidEmail
    case emailTaken
    case invalidName
    case passwordTooShort
    case passwordTooLong
    case passwordsDiffer
    case wrongPassword
    case unknownRole(String)
    case lastAdministrator
    case tokenNameTaken
    case invalidTokenName
    case tokenNotFound
    case unknownChapter

    public var description: String {
        switch self {
        case .invalidEmail: return "That does not look like an e-mail address."
        case .emailTaken: return "An account with that e-mail address already exists."
        case .invalidName: return "A name needs 1 to 100 characters."
        case .passwordTooShort: return "A password needs at least \(PasswordHasher.minimumLength) characters."
        case .passwordTooLong: return "A password can have at most \(PasswordHasher.maximumLength) characters."
        case .passwordsDiffer: return "The two passwords are not the same."
        case .wrongPassword: return "The current password is not right."
        case .unknownRole(let role):
            return "There is no role '\(role.prefix(40))'. Roles: admin, moderator, facilitator, researcher."
        case .lastAdministrator: return "This is the last active administrator; make someone else an administrator first."
        case .tokenNameTaken: return "A token with that name already exists."
        case .invalidTokenName: return "A token name needs 1 to 64 letters, digits, dots, dashes or underscores."
        case .tokenNotFound: return "There is no token with that name."
        case .unknownChapter: return "There is no chapter with that short name."
        }
    }

    var messageKey: String {
        switch self {
        case .invalidEmail: return "error_email_invalid"
        case .emailTaken: return "error_email_taken"
        case .invalidName: return "error_name_invalid"
        case .passwordTooShort: return "error_password_short"
        case .passwordTooLong: return "error_password_long"
        case .passwordsDiffer: return "error_password_mismatch"
        case .wrongPassword: return "error_password_wrong"
        case .unknownRole: return "error_role_unknown"
        case .lastAdministrator: return "error_last_admin"
        case .tokenNameTaken, .invalidTokenName, .tokenNotFound, .unknownChapter: return "error_generic"
        }
    }

    /// The form field the problem belongs to.
    var field: String {
        switch self {
        case .invalidEmail, .emailTaken: return "email"
        case .invalidName: return "name"
        case .passwordTooShort, .passwordTooLong: return "password"
        case .passwordsDiffer: return "confirm"
        case .wrongPassword: return "current"
        case .unknownRole, .lastAdministrator: return "role"
        case .tokenNameTaken, .invalidTokenName, .tokenNotFound: return "name"
        case .unknownChapter: return "chapter"
        }
    }
}
