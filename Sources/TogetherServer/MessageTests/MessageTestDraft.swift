import Foundation
import TogetherStore

/// What staff ask for when they create a message test, read from the form and checked before
/// anything is stored. Each problem is a text key, so the form can say it in the reader's language.
struct MessageTestDraft: Sendable {
    struct Arm: Sendable {
        let label: String
        let text: String
        let storyID: UUID?
    }

    struct Question: Sendable {
        let phase: MessageTestQuestionRecord.Phase
        let item: String
        var text = ""
        var options: [String] = []
    }

    var title = ""
    var language = "en"
    var country = ""
    var arms: [Arm] = []
    var questions: [Question] = []
    var behaviour = MessageTestRecord.Behaviour.none
    var behaviourText = ""

    /// The languages the message checker reads: messages are checked before a test opens.
    static let languages = ConversationsStaffController.languages
    static let maximumMessageLength = 5_000
    static let maximumQuestionLength = 280
    static let maximumQuestions = 20
    static let messageSlots = 3

    /// The first problem with the draft, as a text key; nil when it can be stored.
    var problem: String? {
        if title.isEmpty || title.count > 200 { return "mt_error_title" }
        if !Self.languages.contains(language) { return "mt_error_language" }
        if country.isEmpty || country.count > 80 { return "mt_error_country" }
        if arms.count < 2 { return "mt_error_no_message" }
        if arms.contains(where: { $0.text.count > Self.maximumMessageLength || $0.label.count > 80 }) { return "mt_error_message_long" }
        if questions.count > Self.maximumQuestions { return "mt_error_too_many_questions" }
        if questions.contains(where: { $0.text.count > Self.maximumQuestionLength || $0.options.contains { $0.count > 80 } }) {
            return "mt_error_question_long"
        }
        if questions.contains(where: { $0.item == "choice" && !(2...6).contains($0.options.count) }) { return "mt_error_choice" }
        if questions.contains(where: { $0.item == "scale" && ($0.options.count != 2 || $0.options.contains(where: \.isEmpty)) }) {
            return "mt_error_scale"
        }
        if questions.contains(where: { $0.item == "choice" && $0.options.contains(where: \.isEmpty) }) { return "mt_error_choice" }
        if !questions.contains(where: { $0.phase == .after }) && behaviour == .none { return "mt_error_no_outcome" }
        switch behaviour {
        case .none: break
        case .pledge: if behaviourText.isEmpty || behaviourText.count > 500 { return "mt_error_pledge" }
        case .share:
            guard let url = URL(string: behaviourText), url.scheme?.lowercased() == "https", url.host != nil,
                behaviourText.count <= 500
            else { return "mt_error_share" }
        case .rsvp: if UUID(uuidString: behaviourText) == nil { return "mt_error_gathering" }
        case .sign: if UUID(uuidString: behaviourText) == nil { return "mt_error_campaign" }
        }
        return nil
    }
}
