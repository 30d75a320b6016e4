/// What a finding is about. The identifiers are a contract: reports, packs and other tools rely on them.
public enum Category: String, CaseIterable, Codable, Sendable {
    case dehumanisingTerm = "dehumanising-term"
    case disasterMetaphor = "disaster-metaphor"
    case crisisFrame = "crisis-frame"
    case legalAccuracy = "legal-accuracy"
    case lecturing
    case statisticsOverload = "statistics-overload"
    case jargon
    case abstraction
    case commodifying
    case migrantNess = "migrant-ness"
    case stereotype
    case pityFrame = "pity-frame"
    case othering
    case length
    case readability
    case languageMismatch = "language-mismatch"

    /// The categories the checker computes itself; packs hold rules for the others.
    public static let computed: Set<Category> = [.statisticsOverload, .length, .readability, .languageMismatch, .migrantNess]
}
