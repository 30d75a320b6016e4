import Localization
import TogetherStore

/// The open conversations, each with the way in and the way to its results.
struct ConversationListPage {
    struct Item {
        let title: String
        let description: String?
        let lang: String
        let dir: String
        let url: String
        let resultsURL: String
    }

    let items: [Item]
    /// Stored, not computed: templates read pages by reflection, which sees stored properties only.
    let hasItems: Bool

    init(conversations: [ConversationRecord], language: Language, t: Localizer) {
        let items = conversations.compactMap { conversation in
            conversation.id.map { id in
                Item(
                    title: conversation.title, description: conversation.description.isEmpty ? nil : conversation.description,
                    lang: conversation.language,
                    dir: StoryText.direction(of: conversation.language),
                    url: SiteRoute.conversation(id: .value(id)).path(language),
                    resultsURL: SiteRoute.conversationResults(id: .value(id)).path(language))
            }
        }
        self.items = items
        hasItems = !items.isEmpty
    }
}
