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
    /// What the participants of the latest open conversation have in common, when it has results.
    var common: CommonGroundTeaser?
    /// The next few gatherings.
    var gatherings: [GatheringCard] = []
    var gatheringsURL = ""
    /// The newest open pledge, to sign from the front page.
    var pledge: PledgesPage.Row?
    var pledgesURL = ""
}

/// A conversation's topic and its top statements of common ground, for the home page.
struct CommonGroundTeaser {
    let topic: String
    let lang: String
    let dir: String
    let statements: [String]
    let resultsURL: String
}
