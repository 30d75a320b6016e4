import Foundation
import HTTPTypes
import NIOCore
import XCTest

@testable import TogetherServer

/// Every route answers with the strict security headers, whatever it answers (a page, JSON, a file,
/// a redirect to sign in, 403, 404), to GET and to POST; and outside the JSON API every POST without
/// the form's anti-forgery token is refused (or, at an address without writes, answered 405 with the
/// methods it has). The list covers every case of ``SiteRoute``:
/// a route added without an entry here fails ``testTheListCoversEveryRoute``.
final class EveryRouteTests: XCTestCase {
    static let id = UUID()

    static let routes: [SiteRoute] = [
        .home,
        .about,
        .privacy,
        .login,
        .logout,
        .setup(token: .value("not-a-real-token")),
        .dashboard,
        .users,
        .userRole(id: .value(id)),
        .userActive(id: .value(id)),
        .password,
        .storyNew,
        .check,
        .storyNewForSomeone,
        .storyTranslate(id: .value(id)),
        .auditLog,
        .rulePacks,
        .rulePackRemove(id: .value(id)),
        .reviewQueue,
        .reviewStory(id: .value(id)),
        .reviewStoryEdit(id: .value(id)),
        .reviewStoryAction(id: .value(id)),
        .reviewStoryContact(id: .value(id)),
        .reviewStoryRedactions(id: .value(id)),
        .reviewStoryPhoto(id: .value(id)),
        .stories,
        .story(id: .value(id)),
        .myStory,
        .myStoryApprove,
        .myStoryRequestChanges,
        .myStoryWithdraw,
        .myStoryConsent,
        .myStoryPhoto,
        .myStoryDescribe,
        .conversations,
        .conversation(id: .value(id)),
        .conversationVote(id: .value(id)),
        .conversationPropose(id: .value(id)),
        .conversationForget(id: .value(id)),
        .conversationResults(id: .value(id)),
        .staffConversations,
        .staffConversation(id: .value(id)),
        .staffConversationModerate(id: .value(id)),
        .staffConversationSettings(id: .value(id)),
        .staffConversationVotesCSV(id: .value(id)),
        .staffConversationCommentsCSV(id: .value(id)),
        .staffConversationImport,
        .messageTest(id: .value(id)),
        .gatherings,
        .gathering(id: .value(id)),
        .gatheringRSVP(id: .value(id)),
        .gatheringCancel,
        .staffGatherings,
        .staffGatheringCreate,
        .staffGathering(id: .value(id)),
        .staffGatheringAttendance(id: .value(id)),
        .staffGatheringCancel(id: .value(id)),
        .staffVoices,
        .staffVoicesAlerts,
        .pledges,
        .pledge(id: .value(id)),
        .pledgeSign(id: .value(id)),
        .staffPledges,
        .staffPledgeCreate,
        .staffPledge(id: .value(id)),
        .staffPledgeStatus(id: .value(id)),
        .staffPledgeRemoveName(id: .value(id)),
        .staffMessageTests,
        .staffMessageTestCreate,
        .staffMessageTest(id: .value(id)),
        .staffMessageTestStatus(id: .value(id)),
        .staffMessageTestResults(id: .value(id)),
        .staffMessageTestResponsesCSV(id: .value(id)),
        .staffMessageTestResultsJSON(id: .value(id)),
        .root,
        .healthz,
        .metrics,
        .openAPI,
        .apiMe,
        .stylesheet,
        .checkScript,
        .feedJSON,
        .feedAtom,
        .embedStory(id: .value(id)),
        .apiStories,
        .apiStoryCreate,
        .apiStory(id: .value(id)),
        .apiStoryEdit(id: .value(id)),
        .apiStoryRequestApproval(id: .value(id)),
        .apiStoryPublish(id: .value(id)),
        .apiStoryReject(id: .value(id)),
        .apiStoryTranslations(id: .value(id)),
        .apiAudit,
        .apiCheck,
        .apiStoriesWithdrawn,
        .apiReviewQueue,
        .apiMyStory,
        .apiMyStoryApprove,
        .apiMyStoryRequestChanges,
        .apiMyStoryWithdraw,
        .apiMyStoryConsent,
        .apiMyStoryPhoto,
        .storyPhoto(id: .value(id)),
        .apiConversationResults(id: .value(id)),
        .gatheringCalendar(id: .value(id)),
        .gatheringsCalendar,
        .embedPledge(id: .value(id)),
        .apiPledge(id: .value(id)),
        .staffChapters,
        .staffChapterCreate,
        .staffChapter(id: .value(id)),
        .staffChapterLogo(id: .value(id)),
        .chapterStylesheet,
        .chapterLogo,
    ]

    func testTheListCoversEveryRoute() throws {
        // The enum's cases, read from its source: counting them is the one way to notice a new one.
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/TogetherServer/Routing/SiteRoute.swift")
        let text = try String(contentsOf: source, encoding: .utf8)
        let body = try XCTUnwrap(text.components(separatedBy: "enum Parameter").first)
        let cases = body.split(separator: "\n").filter { $0.hasPrefix("    case ") }.count
        XCTAssertEqual(Self.routes.count, cases, "add the new route to EveryRouteTests.routes")
    }

    func testEveryRouteAnswersWithStrictHeaders() async throws {
        try await withTestApp { browser, _ in
            for route in Self.routes {
                let uri = route.path(.english)
                let withoutToken = try await browser.post(uri, [], csrf: nil)
                // Outside the JSON API (bearer tokens a foreign site cannot send), a write without the form's token is refused.
                if !uri.hasPrefix("/api/") {
                    var refused = withoutToken.status
                    if refused == .unsupportedMediaType {
                        // A file form (photo, import): sent as one, still without the token.
                        let body = "--t\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nx\r\n--t--\r\n"
                        refused = try await browser.send(
                            uri, method: .post, headers: [.contentType: "multipart/form-data; boundary=t"], body: ByteBuffer(string: body)
                        ).status
                    }
                    if refused == .methodNotAllowed {
                        // An address without writes says so, and which methods it has.
                        let allow = try XCTUnwrap(withoutToken.headers[.allow], uri)
                        XCTAssertFalse(allow.contains("POST"), "\(uri) refused a POST it has: \(allow)")
                        XCTAssertTrue(allow.contains("GET"), uri)
                    } else {
                        XCTAssertEqual(refused, .forbidden, "\(uri) took a POST without a form token")
                    }
                }
                for page in [try await browser.get(uri), withoutToken] {
                    XCTAssertNotEqual(page.status.code, 500, uri)
                    let csp = try XCTUnwrap(page.headers[.contentSecurityPolicy], uri)
                    XCTAssertFalse(csp.contains("unsafe-inline"), uri)
                    XCTAssertEqual(page.headers[.xContentTypeOptions], "nosniff", uri)
                    XCTAssertEqual(page.headers[HTTPField.Name("Referrer-Policy")!], "same-origin", uri)
                    if !uri.hasPrefix("/embed/") { XCTAssertTrue(csp.contains("frame-ancestors 'none'"), uri) }
                }
            }
        }
    }
}
