/// A language the interface can be shown in.
public struct Language: Sendable, Hashable, Identifiable {
    public enum Direction: String, Sendable {
        case leftToRight = "ltr"
        case rightToLeft = "rtl"
    }

    /// BCP 47 code, also the URL prefix (`/ar/...`).
    public let code: String
    /// The language's name in itself, as a reader of it looks for it.
    public let nativeName: String
    public let direction: Direction

    public var id: String { code }

    public init(code: String, nativeName: String, direction: Direction = .leftToRight) {
        self.code = code
        self.nativeName = nativeName
        self.direction = direction
    }

    public static let english = Language(code: "en", nativeName: "English")
    public static let french = Language(code: "fr", nativeName: "Français")
    public static let spanish = Language(code: "es", nativeName: "Español")
    public static let arabic = Language(code: "ar", nativeName: "العربية", direction: .rightToLeft)
}
