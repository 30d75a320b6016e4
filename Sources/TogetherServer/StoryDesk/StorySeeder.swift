import FluentKit
import Foundation
import Impact
import Stories
import TogetherStore

/// Fills a site with many fictional, published stories for benchmarks and demonstrations. Every
/// story says it is made up. Rows go in batches inside transactions, which is far faster than
/// submitting stories one by one through the lifecycle.
public struct StorySeeder: Sendable {
    let services: AppServices

    public init(services: AppServices) {
        self.services = services
    }

    static let openings: [String: [String]] = [
        "en": ["Every Sunday we", "On our street we", "At the community garden we", "After school the children", "In the old bakery we"],
        "fr": [
            "Chaque dimanche nous", "Dans notre rue nous", "Au jardin partagé nous", "Après l'école les enfants",
            "Dans la vieille boulangerie nous",
        ],
        "es": ["Cada domingo", "En nuestra calle", "En el huerto comunitario", "Después de la escuela los niños", "En la vieja panadería"],
        "ar": ["كل يوم أحد", "في شارعنا", "في حديقة الحي", "بعد المدرسة يلعب الأطفال", "في المخبز القديم"],
    ]
    static let middles: [String: [String]] = [
        "en": ["cook together", "play music", "plant tomatoes", "share bread and tea", "paint a mural", "play football"],
        "fr": [
            "cuisinons ensemble", "jouons de la musique", "plantons des tomates", "partageons le pain et le thé", "peignons une fresque",
        ],
        "es": ["cocinamos juntos", "tocamos música", "plantamos tomates", "compartimos pan y té", "pintamos un mural"],
        "ar": ["نطبخ معًا", "نعزف الموسيقى", "نزرع الطماطم", "نتقاسم الخبز والشاي", "نرسم جدارية"],
    ]
    static let countries = ["DE", "FR", "ES", "JO", "LB", "IT", "SE", "CA", "KE", "TR", "GR", "NL"]

    /// Adds `count` published stories; `progress` is told how many are done after each batch.
    public func seed(count: Int, batchSize: Int = 500, progress: @Sendable (Int) -> Void = { _ in }) async throws {
        // A deterministic generator, so seeded sites are the same from run to run.
        var generator = SplitMix64(state: 20_261_123)
        let languages = ["en", "fr", "es", "ar"]
        let search = StorySearch(store: services.store)
        var done = 0
        while done < count {
            let size = min(batchSize, count - done)
            var stories: [StoryRecord] = []
            var versions: [StoryVersionRecord] = []
            var consents: [StoryConsentRecord] = []
            var texts: [(UUID, String)] = []
            for offset in 0..<size {
                let number = done + offset
                let language = languages[number % languages.count]
                let opening = Self.openings[language]!.randomElement(using: &generator)!
                let middle = Self.middles[language]!.randomElement(using: &generator)!
                let title = "\(opening) \(middle) #\(number)"
                let body =
                    (0..<6).map { _ in
                        "\(Self.openings[language]!.randomElement(using: &generator)!) \(Self.middles[language]!.randomElement(using: &generator)!)."
                    }.joined(separator: " ") + " (Fictional demo story \(number).)"
                let id = UUID()
                let record = StoryRecord()
                record.id = id
                StoryDesk.store(
                    StoryLifecycle(
                        status: .published, currentVersion: 1, approvedVersion: 1, publishedVersion: 1, isChild: false,
                        hasGuardianConsent: false),
                    in: record)
                record.language = language
                record.voice = Voice.allCases[number % Voice.allCases.count].rawValue
                record.themes = [Theme.allCases[number % Theme.allCases.count].rawValue].joined()
                record.country = Self.countries[number % Self.countries.count]
                record.creditMode = Credit.Mode.anonymous.rawValue
                record.creditName = ""
                record.receiptHash = ReceiptCode.generate().hash
                record.publishedAt = Date(timeIntervalSince1970: 1_700_000_000 + Double(number) * 60)
                stories.append(record)
                versions.append(StoryVersionRecord(storyID: id, number: 1, title: title, summary: "", body: body, editedBy: nil))
                consents.append(StoryConsentRecord(storyID: id, scope: ConsentScope.publish.rawValue, until: nil))
                consents.append(StoryConsentRecord(storyID: id, scope: ConsentScope.partners.rawValue, until: nil))
                texts.append((id, title + "\n" + body))
            }
            let (storyRows, versionRows, consentRows) = (stories, versions, consents)
            try await services.store.database.transaction { db in
                try await storyRows.create(on: db)
                try await versionRows.create(on: db)
                try await consentRows.create(on: db)
            }
            for (id, text) in texts { try await search.index(storyID: id, text: text, isNew: true) }
            done += size
            progress(done)
        }
        services.pageCache.removeAll()
    }
}
