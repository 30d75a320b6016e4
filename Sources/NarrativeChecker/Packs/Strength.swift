/// Something a draft does well, which a report names so the writer keeps it.
public struct StrengthRule: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable {
        /// Speaks of "we": a community, not "them".
        case we
        /// Appeals to what people share: family, neighbours, work, food, football.
        case sharedValues = "shared-values"
        /// Names people by who they are: a nurse, a neighbour, a mother.
        case namedPerson = "named-person"
    }

    public let id: String
    public let kind: Kind
    let terms: [Term]
    public let messages: [String: String]

    public func message(in language: String) -> String {
        messages[language] ?? messages["en"] ?? id
    }
}
