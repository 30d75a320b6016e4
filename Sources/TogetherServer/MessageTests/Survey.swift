import Foundation
import Localization
import TogetherStore

/// A message test as respondents and results read it: its arms, its questions worded in the
/// survey's language, and which steps each arm's respondents meet.
struct Survey: Sendable {
    let test: MessageTestRecord
    let arms: [MessageTestArmRecord]
    let questions: [SurveyQuestion]
    /// The messages' language when the item bank and texts speak it, else the reader's.
    let language: String

    var id: UUID { test.id! }

    static func load(_ test: MessageTestRecord, desk: MessageTestDesk, context: AppContext) async throws -> Survey {
        let id = try test.requireID()
        let services = desk.services
        let surveyLanguage = services.translations.language(code: test.language) ?? context.language
        let t = services.translations.localizer(for: surveyLanguage)
        let questions = try await desk.questions(id).compactMap { record in
            SurveyQuestion(
                record, bank: services.itemBank, country: test.country, wording: test.essWording, language: surveyLanguage.code, t: t)
        }
        return Survey(test: test, arms: try await desk.arms(id), questions: questions, language: surveyLanguage.code)
    }

    func plan(arm: Int) -> RespondentStep.Plan {
        let record = arms.first { $0.number == arm }
        return RespondentStep.Plan(
            asksBefore: questions.contains { $0.phase == .before },
            showsMessage: record.map { !$0.text.isEmpty || $0.storyID != nil } ?? false,
            asksAfter: questions.contains { $0.phase == .after },
            offersAction: test.behaviour != .none)
    }

    /// What an arm shows. A story shows only while it is published and its teller allows campaign use:
    /// a teller who withdraws takes it out of running tests too.
    func message(arm: Int, stories: StoryDesk) async throws -> MessageTestRespondentPage.Message? {
        guard let record = arms.first(where: { $0.number == arm }) else { return nil }
        guard let storyID = record.storyID else { return .init(title: nil, body: record.text, isMissing: false) }
        if case .found(let story) = try await stories.published(id: storyID), story.consent.allows(.campaigns, at: stories.services.now()) {
            return .init(title: story.title, body: story.body, isMissing: false)
        }
        return .init(title: nil, body: "", isMissing: true)
    }
}
