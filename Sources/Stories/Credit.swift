/// How the teller wants to be named.
public struct Credit: Sendable, Equatable, Codable {
    public enum Mode: String, CaseIterable, Codable, Sendable {
        case anonymous
        case firstName = "first-name"
        case chosenName = "chosen-name"
        case fullName = "full-name"
    }

    public let mode: Mode
    /// Empty for anonymous.
    public let name: String

    public init(mode: Mode, name: String = "") {
        self.mode = mode
        self.name = mode == .anonymous ? "" : name
    }

    /// The name to print, or nil when the story is shown as anonymous.
    public var displayName: String? { mode == .anonymous || name.isEmpty ? nil : name }

    /// Children are never named: only "anonymous" or a chosen name.
    public var isAllowedForChildren: Bool { mode == .anonymous || mode == .chosenName }
}
