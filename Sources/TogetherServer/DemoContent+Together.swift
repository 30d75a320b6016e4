import Foundation
import Gatherings
import TogetherStore

/// Demo material for the features that bring people together: a conversation to vote in, a
/// gathering to come to, a pledge to sign. All fictional, like the rest of the demo.
extension DemoContent {
    /// A demo gathering `daysAhead` days from now, between two local times in `zone`, so the demo
    /// never shows a past event.
    func createGathering(_ plan: GatheringPlan, daysAhead: Int, from start: String, to end: String, zone: String) async throws {
        var plan = plan
        let timeZone = TimeZone(identifier: zone) ?? .gmt
        let day = services.now().addingTimeInterval(Double(daysAhead) * 24 * 3600)
        let date = String(LocalTime.text(day, in: timeZone).prefix(10))
        plan.start = date + "T" + start
        plan.end = date + "T" + end
        plan.timeZone = timeZone.identifier
        if case .success(let gathering) = plan.gathering(id: UUID(), now: services.now()) {
            try await services.gatherings.create(gathering)
        }
    }

    static let conversationStatements = [
        "Our street is better when neighbours know each other's names.",
        "The library should stay open later on Fridays.",
        "Newcomers and long-time residents should cook together once a month.",
        "Children learn more when their classmates come from many places.",
        "The council should open the school gym for a weekly shared meal.",
    ]

    func loadTogether() async throws {
        let conversation = try await services.conversations.create(
            title: "What would make our street feel like home? (demo)", description: "Answer as many statements as you like.",
            language: "en", strictModeration: true, seed: Self.conversationStatements)
        _ = conversation

        var plan = GatheringPlan()
        plan.title = "Soup and songs (demo)"
        plan.description = "Bring a bowl, or a song from where you grew up."
        plan.category = GatheringCategory.food.rawValue
        plan.hosts = [("Greta (demo)", Host.Community.host.rawValue), ("Yusuf (demo)", Host.Community.newcomer.rawValue)]
        plan.venue = "The community garden behind the library"
        plan.languages = ["en", "de", "ar"]
        plan.textLanguage = "en"
        plan.capacity = "40"
        try await createGathering(plan, daysAhead: 21, from: "18:00", to: "21:00", zone: "Europe/Berlin")

        if case .success(let id) = try await services.pledges.create(
            title: "Stand up today (demo)", text: "I will speak up when a neighbour is treated unfairly because of where they come from.",
            language: "en", milestones: "10, 100"),
            let pledge = try await services.pledges.pledge(id)
        {
            _ = try await services.pledges.setStatus(pledge, .open)
        }
    }
}
