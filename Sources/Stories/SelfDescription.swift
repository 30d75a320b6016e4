/// How a teller describes their gender, if they choose to: never required, and only ever counted in
/// aggregates (who is being heard), never shown with a story.
public enum Gender: String, CaseIterable, Codable, Sendable {
    case woman
    case man
    case nonBinary = "non-binary"
    /// Another word they would use.
    case another
}

/// Where a teller's family comes from, broadly, if they choose to say: a world region, coarse on
/// purpose, only ever counted in aggregates.
public enum OriginRegion: String, CaseIterable, Codable, Sendable {
    case middleEastNorthAfrica = "middle-east-north-africa"
    case subSaharanAfrica = "sub-saharan-africa"
    case europe
    case centralSouthAsia = "central-south-asia"
    case eastAsiaPacific = "east-asia-pacific"
    case latinAmericaCaribbean = "latin-america-caribbean"
    case northAmerica = "north-america"
}
