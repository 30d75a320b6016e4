/// Why a photo was refused, in words a person understands. Nothing is stored when one is thrown.
public enum PhotoError: Error, Equatable, CustomStringConvertible {
    case empty
    case tooLarge(limit: Int)
    case unsupportedType
    case malformed(String)

    public var description: String {
        switch self {
        case .empty: return "The file is empty."
        case .tooLarge(let limit): return "The photo is larger than \(limit / 1_000_000) MB; send a smaller one."
        case .unsupportedType: return "This is not a JPEG, PNG or WebP photo (the file's content decides, not its name)."
        case .malformed(let reason): return "The photo file is damaged or incomplete (\(reason)); try saving it again."
        }
    }
}
