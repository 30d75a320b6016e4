import FluentKit
import Foundation
import Stories
import TogetherStore

/// Fills an empty site with fictional content so a newcomer can see what Together is for.
/// Every page then carries a banner saying the content is made up. Later features add their
/// own demo material here (stories, conversations, gatherings).
public struct DemoContent: Sendable {
    public struct Account: Sendable {
        public let name: String
        public let email: String
        public let role: Role
    }

    /// Fictional people, one per role, with names from the site's languages.
    public static let accounts: [Account] = [
        Account(name: "Amina Haddad (demo)", email: "amina@demo.together.invalid", role: .admin),
        Account(name: "Lucía Romero (demo)", email: "lucia@demo.together.invalid", role: .moderator),
        Account(name: "Claire Martin (demo)", email: "claire@demo.together.invalid", role: .facilitator),
        Account(name: "Sam Okafor (demo)", email: "sam@demo.together.invalid", role: .researcher),
    ]

    public enum Outcome: Sendable, Equatable {
        case loaded(password: String)
        case skippedBecauseNotEmpty
    }

    let services: AppServices

    public init(services: AppServices) {
        self.services = services
    }

    /// Each demo story goes the whole way a real one does: told, reviewed, approved by its teller, published.
    private func publishDemoStories() async throws {
        let moderators = try await User.query(on: services.store.database).filter(\.$role ~~ [.moderator, .admin]).all()
        guard let moderator = moderators.first(where: { $0.role == .moderator }), let admin = moderators.first(where: { $0.role == .admin })
        else { return }
        let reviewer = StoryDesk.Actor(story: .moderator(id: try moderator.requireID()), userID: moderator.id, auditRole: "moderator")
        let publisher = StoryDesk.Actor(story: .administrator(id: try admin.requireID()), userID: admin.id, auditRole: "admin")
        for entry in DemoStories.all {
            var consent = Consent()
            consent.grant(.publish)
            consent.grant(.partners)
            consent.grant(.translate)
            let submission = StorySubmission(
                title: entry.title, body: entry.body, language: entry.language, voice: entry.voice.rawValue,
                themes: entry.themes.map(\.rawValue),
                country: entry.country, region: entry.region, credit: entry.credit.mode, creditName: entry.credit.name,
                consent: consent.grants)
            let story = try submission.validated(now: services.now())
            let (id, _) = try await services.stories.submit(story)
            guard let record = try await services.stories.story(id: id) else { continue }
            try await services.stories.sendForApproval(record, by: reviewer)
            try await services.stories.apply(.approve(version: record.currentVersion), to: record, by: .teller)
            try await services.stories.apply(.publish, to: record, by: publisher)
        }
    }

    /// Loads only into an empty site, so real accounts are never mixed with fictional ones.
    public func load() async throws -> Outcome {
        guard try await User.query(on: services.store.database).count() == 0 else { return .skippedBecauseNotEmpty }
        // One shared password, made fresh for each site and printed once, so no demo site shares a known password.
        let password = "demo-" + SecretToken.generate().prefix(16)
        for account in Self.accounts {
            try await services.accounts.createUser(email: account.email, name: account.name, role: account.role, password: password)
        }
        try await publishDemoStories()
        try await loadTogether()
        try await loadChapter()
        try await Setting(key: AppServices.demoSettingKey, value: "true").create(on: services.store.database)
        try await services.refreshSiteState()
        return .loaded(password: password)
    }
}
