import Foundation
import HTTPTypes
import NIOCore
import TogetherStore
import XCTest

@testable import TogetherServer

/// Every route × every actor: who may use it, written down here as its own specification (not read
/// from the route table), and checked with real requests — GET and POST, with valid form tokens, so
/// that only authorization can refuse. A route added to the table without a line here fails to build
/// (the switch below has no default).
final class AuthorizationMatrixTests: XCTestCase {
    enum Actor: String, CaseIterable {
        case anonymous, teller, otherTeller, facilitator, moderator, researcher, admin
        case facilitatorToken, moderatorToken, adminToken, revokedToken
        /// Moderators of chapter A and of chapter B.
        case moderatorA, moderatorB
        case chapterAToken

        /// The chapter whose space the actor works in: chapter A or B, nil for the main space.
        var chapter: String? {
            switch self {
            case .moderatorA, .chapterAToken: return "a"
            case .moderatorB: return "b"
            default: return nil
            }
        }

        /// The actor the main-space specification names for the same role.
        var role: Actor {
            switch self {
            case .moderatorA, .moderatorB: return .moderator
            case .chapterAToken: return .moderatorToken
            default: return self
            }
        }
    }

    static let everyone = Set(Actor.allCases)
    static let tellers: Set<Actor> = [.teller, .otherTeller]
    static func staff(_ actors: Actor...) -> Set<Actor> { Set(actors) }

    /// The specification in a space (nil: the main space, "a": chapter A's): the role must be let in,
    /// and staff work only in their own chapter's space, administrators in every one.
    static func isAllowed(_ route: SiteRoute, _ actor: Actor, in space: String?) -> Bool {
        let roleAllowed = allowed(route)
        guard roleAllowed.contains(actor.role) else { return false }
        if roleAllowed == everyone || roleAllowed == tellers || [.admin, .adminToken].contains(actor) { return true }
        return actor.chapter == space
    }

    /// The specification by role.
    static func allowed(_ route: SiteRoute) -> Set<Actor> {
        switch route {
        case .home, .about, .privacy, .login, .setup, .root, .healthz, .metrics, .openAPI, .stylesheet, .checkScript, .stories, .story,
            .storyNew, .myStory, .myStoryApprove, .myStoryRequestChanges, .myStoryWithdraw, .myStoryConsent, .myStoryPhoto,
            .myStoryDescribe,
            .check, .apiCheck, .feedJSON, .feedAtom, .embedStory, .storyPhoto, .conversations, .conversation, .conversationVote,
            .conversationPropose, .conversationForget, .conversationResults, .apiConversationResults, .messageTest, .gatherings, .gathering,
            .gatheringRSVP, .gatheringCancel, .gatheringCalendar, .gatheringsCalendar, .pledges, .pledge, .pledgeSign, .embedPledge,
            .apiPledge, .apiStories, .apiStoryCreate, .apiStory, .apiStoriesWithdrawn, .chapterStylesheet, .chapterLogo:
            return everyone
        case .logout, .dashboard, .password:
            return staff(.facilitator, .moderator, .researcher, .admin)
        case .users, .userRole, .userActive, .auditLog, .rulePacks, .rulePackRemove, .staffChapters, .staffChapterCreate,
            .staffChapter, .staffChapterLogo:
            return staff(.admin)
        case .storyNewForSomeone, .storyTranslate, .staffConversations, .staffConversation, .staffConversationModerate,
            .staffConversationSettings, .staffConversationVotesCSV, .staffConversationCommentsCSV, .staffConversationImport,
            .staffMessageTestCreate, .staffMessageTest, .staffMessageTestStatus, .staffGatherings, .staffGatheringCreate, .staffGathering,
            .staffGatheringAttendance, .staffGatheringCancel, .staffPledges, .staffPledgeCreate, .staffPledge, .staffPledgeStatus,
            .staffPledgeRemoveName:
            return staff(.facilitator, .moderator, .admin)
        case .staffMessageTests, .staffMessageTestResults, .staffMessageTestResponsesCSV, .staffMessageTestResultsJSON:
            return staff(.facilitator, .moderator, .researcher, .admin)
        case .reviewQueue, .reviewStory, .reviewStoryEdit, .reviewStoryAction, .reviewStoryContact, .reviewStoryRedactions,
            .reviewStoryPhoto, .staffVoices, .staffVoicesAlerts:
            return staff(.moderator, .admin)
        case .apiMe:
            return staff(.facilitatorToken, .moderatorToken, .adminToken)
        case .apiStoryEdit, .apiStoryRequestApproval, .apiStoryPublish, .apiStoryReject, .apiReviewQueue:
            return staff(.moderatorToken, .adminToken)
        case .apiStoryTranslations:
            return staff(.facilitatorToken, .moderatorToken, .adminToken)
        case .apiAudit:
            return staff(.adminToken)
        case .apiMyStory, .apiMyStoryApprove, .apiMyStoryRequestChanges, .apiMyStoryWithdraw, .apiMyStoryConsent, .apiMyStoryPhoto:
            return tellers
        }
    }

    func testEveryRouteLetsInExactlyTheActorsItShould() async throws {
        // One address plays every actor here: the per-address write limit is not what is tested.
        try await withTestApp(configure: {
            $0.publicWritesPerMinute = 1_000_000
            $0.signInAttempts = 1_000_000
        }) { browser, services in
            // The people and tokens.
            let password = Fixtures.staffPassword
            for (actor, role) in [
                (Actor.facilitator, Role.facilitator), (.moderator, .moderator), (.researcher, .researcher), (.admin, .admin),
            ] {
                try await services.accounts.createUser(
                    email: "\(actor.rawValue)@example.org", name: actor.rawValue, role: role, password: password)
            }
            var tokens: [Actor: String] = [:]
            tokens[.facilitatorToken] = try await services.accounts.createAPIToken(name: "f", role: .facilitator)
            tokens[.moderatorToken] = try await services.accounts.createAPIToken(name: "m", role: .moderator)
            tokens[.adminToken] = try await services.accounts.createAPIToken(name: "a", role: .admin)
            tokens[.revokedToken] = try await services.accounts.createAPIToken(name: "r", role: .admin)
            try await services.accounts.revokeAPIToken(name: "r")
            var chapters: [String: UUID] = [:]
            for slug in ["a", "b"] {
                chapters[slug] = try await TestChapters.create(slug: "chapter-\(slug)", name: "Chapter \(slug)", services: services)
            }
            for actor in [Actor.moderatorA, .moderatorB] {
                let user = try await services.accounts.createUser(
                    email: "\(actor.rawValue)@example.org", name: actor.rawValue, role: .moderator, password: password)
                user.chapterID = chapters[actor.chapter!]
                try await user.save(on: services.store.database)
            }
            tokens[.chapterAToken] = try await services.accounts.createAPIToken(name: "ma", role: .moderator, chapterID: chapters["a"])
            let moderator: HTTPFields = [.authorization: "Bearer \(tokens[.moderatorToken]!)"]
            var receipts: [Actor: String] = [:]
            for actor in [Actor.teller, .otherTeller] {
                receipts[actor] = try await TestStories.publish(
                    StoriesAPITests.submission(title: "Story of \(actor.rawValue)"), browser: browser, moderator: moderator
                ).receipt
            }

            var mismatches: [String] = []
            for actor in Actor.allCases {
                let client = TestBrowser(client: browser.client)
                var headers: HTTPFields = [:]
                if let token = tokens[actor] { headers[.authorization] = "Bearer \(token)" }
                if let receipt = receipts[actor] { headers[.authorization] = "Receipt \(receipt)" }
                if [.facilitator, .moderator, .researcher, .admin, .moderatorA, .moderatorB].contains(actor) {
                    try await client.signIn("\(actor.rawValue)@example.org", password)
                }
                let form = try await client.get("/en/check")
                // Withdrawing erases the teller's story: it goes last, so the other routes still find it.
                let routes = EveryRouteTests.routes.filter { $0 != .logout && !Self.withdrawals.contains($0) }
                let spaces: [String?] = [nil, "a"]
                // Withdrawing erases the story: once, in the main space, at the very end.
                let plan = spaces.flatMap { space in routes.map { (space, $0) } } + Self.withdrawals.map { (String?.none, $0) }
                for (space, route) in plan {
                    let uri = (space.map { "/c/chapter-\($0)" } ?? "") + route.path(.english)
                    var answers: [TestBrowser.Page] = []
                    for method in Self.methods(route) {
                        switch method {
                        case .get: answers.append(try await client.get(uri, headers: headers))
                        case .post where route == .staffConversationImport || route == .staffChapterLogo(id: .value(EveryRouteTests.id)):
                            // A file form: anything else is refused (415) before authorization is asked.
                            var multipart = headers
                            multipart[.contentType] = "multipart/form-data; boundary=matrix"
                            let body =
                                "--matrix\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(form.csrf ?? "")\r\n--matrix--\r\n"
                            answers.append(try await client.send(uri, method: .post, headers: multipart, body: ByteBuffer(string: body)))
                        case .post: answers.append(try await client.post(uri, [], csrf: form.csrf, headers: headers))
                        default: answers.append(try await client.send(uri, method: method, headers: headers, body: nil))
                        }
                    }
                    let denied = answers.contains { Self.isDenial($0) }
                    let expected = Self.isAllowed(route, actor, in: space)
                    if denied == expected {
                        mismatches.append(
                            "\(actor.rawValue) \(expected ? "refused" : "let in") at \(uri) (\(answers.map { String($0.status.code) }.joined(separator: ", ")))"
                        )
                    }
                }
            }
            XCTAssertEqual(mismatches, [], mismatches.joined(separator: "\n"))
        }
    }

    static let withdrawals: [SiteRoute] = [.myStoryWithdraw, .apiMyStoryWithdraw]

    /// The methods to try: GET and POST, and for the JSON API also PATCH, PUT and DELETE — except
    /// where two routes share an address and differ only by method.
    static func methods(_ route: SiteRoute) -> [HTTPRequest.Method] {
        switch route {
        case .apiStory, .apiStories: return [.get]
        case .apiStoryCreate: return [.post]
        case .apiStoryEdit: return [.patch]
        default: return route.path().hasPrefix("/api/") ? [.get, .post, .patch, .put, .delete] : [.get, .post]
        }
    }

    /// Refused by authorization: 401, 403, or sent to sign in.
    static func isDenial(_ page: TestBrowser.Page) -> Bool {
        page.status == .unauthorized || page.status == .forbidden
            || (page.status == .seeOther && (page.location ?? "").contains("/login?next="))
    }
}
