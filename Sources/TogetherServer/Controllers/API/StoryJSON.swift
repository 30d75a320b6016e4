import Foundation
import Stories
import TogetherStore

/// The JSON shapes of the stories API (see the OpenAPI document).
enum StoryJSON {
    struct Submission: Decodable {
        struct PlaceBody: Decodable {
            var country: String?
            var region: String?
        }
        struct CreditBody: Decodable {
            var mode: String?
            var name: String?
        }
        struct ConsentBody: Decodable {
            var publish: Bool?
            var partners: Bool?
            var campaigns: Bool?
            var translate: Bool?
            var face: Bool?
            var until: Date?
        }

        var title: String?
        var body: String?
        var language: String?
        var voice: String?
        var themes: [String]?
        var place: PlaceBody?
        var credit: CreditBody?
        var consent: ConsentBody?
        var ageGroup: String?
        /// Optional self-descriptions, counted only in aggregates.
        var gender: String?
        var originRegion: String?
        var guardianConsent: Bool?
        var contact: String?
        /// Set by a facilitator submitting for someone: how and when that person consented.
        var onBehalf: OnBehalfBody?

        struct OnBehalfBody: Decodable {
            var consentMethod: String?
            /// A time, or a bare day meaning its start (consent is given on a day, not until one).
            var consentGivenAt: String?

            var givenAt: Date? {
                guard let text = consentGivenAt?.trimmingCharacters(in: .whitespaces) else { return nil }
                if let time = try? Date(text, strategy: .iso8601) { return time }
                return Consent.end(ofDay: text).map { $0.addingTimeInterval(-24 * 3600) }
            }
        }

        var submission: StorySubmission {
            var grants: [ConsentScope: Date?] = [:]
            let flags: [(ConsentScope, Bool?)] = [
                (.publish, consent?.publish), (.partners, consent?.partners), (.campaigns, consent?.campaigns),
                (.translate, consent?.translate), (.face, consent?.face),
            ]
            for case (let scope, true?) in flags { grants[scope] = .some(consent?.until) }
            var submission = StorySubmission(
                title: title ?? "", body: body ?? "", language: language ?? "", voice: voice ?? "", themes: themes ?? [],
                country: place?.country ?? "", region: place?.region ?? "", credit: credit?.mode.flatMap(Credit.Mode.init(rawValue:)),
                creditName: credit?.name ?? "", consent: grants, ageGroup: ageGroup ?? "adult", guardianConsent: guardianConsent ?? false,
                contact: contact ?? "")
            submission.gender = gender ?? ""
            submission.originRegion = originRegion ?? ""
            return submission
        }
    }

    struct Created: Encodable {
        let id: UUID
        let receipt: String
        let status: String
    }

    struct Place: Encodable {
        let country: String
        let region: String?
    }

    struct CreditOut: Encodable {
        let mode: String
        let name: String?
    }

    /// A published story as the public sees it.
    struct PublicStory: Encodable {
        let id: UUID
        let title: String
        let summary: String
        let body: String
        let language: String
        let voice: String
        let themes: [String]
        let place: Place
        let credit: CreditOut
        let publishedAt: Date?
        /// The original's id, for a translation.
        let translationOf: UUID?
        /// The story in its other languages; only on a single story.
        var otherLanguages: [LanguageLink]?
    }

    struct LanguageLink: Encodable {
        let id: UUID
        let language: String
        let isOriginal: Bool
    }

    /// A translation of the teller's story, as the teller sees it.
    struct TellerTranslation: Encodable {
        let id: UUID
        let language: String
        let status: String
        let version: Int
        let title: String
        let body: String
    }

    /// What the teller sees with their receipt code.
    struct TellerView: Encodable {
        struct Scope: Encodable {
            let granted: Bool
            let until: Date?
        }
        let id: UUID
        let status: String
        let version: Int
        let title: String
        let summary: String
        let body: String
        let isPublic: Bool
        let consent: [String: Scope]
        let rejectionReason: String?
        let translations: [TellerTranslation]
    }

    struct QueueItem: Encodable {
        let id: UUID
        let status: String
        let language: String
        let title: String
        let version: Int
        let isChild: Bool
        let submittedAt: Date?
        let translationOf: UUID?
    }

    struct Page<Item: Encodable>: Encodable {
        let items: [Item]
        let next: String?
    }

    struct Status: Encodable {
        let id: UUID
        let status: String
        let version: Int
    }

    struct Tombstone: Encodable {
        let id: UUID
        let withdrawnAt: Date
    }

    static func themes(_ stored: String) -> [String] {
        stored.split(separator: ",").map(String.init)
    }
}
