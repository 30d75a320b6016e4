/// The front page: what Together is for, in a few words.
struct HomePage {
    struct Feature {
        let title: String
        let text: String
    }

    static let featureKeys = ["stories", "protection", "checker", "common_ground", "impact", "gatherings"]

    let tellURL: String
    let storiesURL: String
    let conversationsURL: String
    /// The latest published stories, newest first.
    let latest: [StoryCard]
    let aboutURL: String
    let privacyURL: String
    let features: [Feature]
}
