/// Where a message will appear; it sets what "too long" and "too many figures" mean.
public enum Medium: String, CaseIterable, Codable, Sendable {
    case post, poster, script, article, headline

    /// Longest comfortable length, in characters for posts and headlines and in words otherwise.
    var limit: (characters: Int?, words: Int?) {
        switch self {
        case .post: return (280, nil)
        case .headline: return (90, nil)
        case .poster: return (nil, 25)
        // A video script of about 90 seconds read aloud, at about 150 words a minute.
        case .script: return (nil, 225)
        case .article: return (nil, nil)
        }
    }

    /// Figures (numbers and percentages) per 100 words above which a draft leads with statistics.
    var figuresPer100Words: Double {
        switch self {
        case .post, .poster, .headline: return 6
        case .script: return 5
        case .article: return 4
        }
    }
}
