import Foundation
import Gatherings

/// A demo chapter: a neighbourhood group's own space with its colours, a gathering and a pledge of
/// its own, to show what a local partner's pages look like. Fictional, like the rest of the demo.
extension DemoContent {
    static let chapterSlug = "riverside"

    func loadChapter() async throws {
        let settings = ChapterSettings(
            name: "Riverside neighbours (demo)", slug: Self.chapterSlug, host: nil, colour: "#7a2e8c", accent: "#1f4e8c",
            showsPlatformBrand: true, languageCodes: ["en", "fr", "es", "ar"], logoText: "")
        guard case .success = try await ChapterDesk(services: services).create(settings),
            let chapter = services.chapters.chapter(slug: Self.chapterSlug)
        else { return }
        try await ChapterScope.$current.withValue(.init(chapter: chapter, pathPrefix: chapter.pathPrefix)) {
            var plan = GatheringPlan()
            plan.title = "Football in the park (demo)"
            plan.description = "Two teams, mixed every week. Boots optional, water provided."
            plan.category = GatheringCategory.sport.rawValue
            plan.hosts = [("Marta (demo)", Host.Community.host.rawValue), ("Daniel (demo)", Host.Community.newcomer.rawValue)]
            plan.venue = "The big field by the river"
            plan.languages = ["es", "en", "ar"]
            plan.textLanguage = "en"
            plan.capacity = "30"
            try await createGathering(plan, daysAhead: 10, from: "10:00", to: "12:00", zone: "Europe/Madrid")
            if case .success(let id) = try await services.pledges.create(
                title: "Say hello (demo)", text: "This week I will say hello to a neighbour I have not met yet.", language: "en",
                milestones: "10, 50"),
                let pledge = try await services.pledges.pledge(id)
            {
                _ = try await services.pledges.setStatus(pledge, .open)
            }
        }
    }
}
