/// How the teller describes themself. Stored by raw value.
public enum Voice: String, CaseIterable, Codable, Sendable {
    case migrant
    case refugee
    case hostCommunity = "host-community"
    case other
}

/// What a story is about. Stored by raw value.
public enum Theme: String, CaseIterable, Codable, Sendable {
    case food, music, art, sport, work, family, school, faith, home, other
}

/// Whether the teller is under 18.
public enum AgeGroup: String, CaseIterable, Codable, Sendable {
    case adult
    case child
}
