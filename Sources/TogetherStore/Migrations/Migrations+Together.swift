import FluentKit

extension Migrations {
    /// Every migration, in order. Append only: a migration that has shipped is never edited.
    static let together: [any Migration] = [
        M0001_CreateUsers(),
        M0002_CreateSessions(),
        M0003_CreateAPITokens(),
        M0004_CreateSetupTokens(),
        M0005_CreateSettings(),
        M0006_CreateStories(),
        M0007_CreateStorySubmissionKeys(),
        M0008_CreateStorySearch(),
        M0009_StoryFacilitationAndTranslations(),
        M0010_CreateRulePacks(),
        M0011_StoryFeatured(),
        M0012_CreateRedactionDecisions(),
        M0013_CreateStoryPhotos(),
        M0014_CreateConversations(),
        M0015_CreateMessageTests(),
        M0016_CreateGatherings(),
        M0017_CreatePledges(),
        M0018_StorySelfDescription(),
        M0019_CreateChapters(),
        M0020_ChapterIndexes(),
        M0021_GatheringTextLanguage(),
        M0022_MessageTestWording(),
    ]
}
