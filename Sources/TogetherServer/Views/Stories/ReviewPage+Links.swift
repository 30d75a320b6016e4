import Foundation
import Localization
import Stories
import TogetherStore

extension ReviewPage {
    /// Links a translation to its original (with the original's words to compare), and an original
    /// to its translations and to adding one.
    mutating func link(_ record: StoryRecord, desk: StoryDesk, language: Language, t: Localizer, now: Date) async throws {
        if let originalID = record.translationOf, let source = try await desk.story(id: originalID),
            let words = try await desk.version(source.publishedVersion ?? source.currentVersion, of: source)
        {
            original = Original(
                href: SiteRoute.reviewStory(id: .value(originalID)).path(language), title: words.title,
                paragraphs: StoryText.paragraphs(words.body),
                lang: source.language, dir: StoryText.direction(of: source.language))
            return
        }
        let id = try record.requireID()
        translations = try await desk.translationRecords(of: id).compactMap { translation in
            guard let translationID = translation.id else { return nil }
            let status = t("review_status_\(translation.status.replacingOccurrences(of: "-", with: "_"))")
            return TranslationLink(
                href: SiteRoute.reviewStory(id: .value(translationID)).path(language),
                label: "\(PlaceNames.languageName(translation.language, in: language)) · \(status)")
        }
        if case .found(let story) = try await desk.published(id: id), story.consent.allows(.translate, at: now) {
            translateURL = SiteRoute.storyTranslate(id: .value(id)).path(language)
        }
    }
}
