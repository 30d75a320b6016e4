/// What can go wrong before any detail is looked for, in words a person understands.
public enum RedactionError: Error, Equatable, CustomStringConvertible {
    case notUTF8
    case tooLong(limit: Int)
    case lexiconUnreadable(file: String, reason: String)

    public var description: String {
        switch self {
        case .notUTF8: return "The text is not valid UTF-8; save it as UTF-8 and try again."
        case .tooLong(let limit): return "The text is longer than \(limit) characters; split it into parts."
        case .lexiconUnreadable(let file, let reason): return "The word list \(file) cannot be read: \(reason)."
        }
    }
}
