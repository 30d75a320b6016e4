import CommonGround
import FluentKit
import Foundation
import NIOCore
import TogetherStore
import XCTest

@testable import TogetherServer

/// Taking part in a conversation without an account, and running one.
final class ConversationTests: XCTestCase {
    static let seed = [
        "Our street is better when neighbours know each other's names.",
        "Newcomers should be able to work from their first month here.",
        "The council should open the school gym for a weekly shared meal.",
    ]

    /// Starts a conversation through the staff form, as a facilitator would; returns its id.
    static func start(_ browser: TestBrowser, services: AppServices, moderation: String = "strict", seed: [String] = seed) async throws
        -> UUID
    {
        try await services.accounts.createUser(
            email: "samir@example.org", name: "Samir", role: .facilitator, password: Fixtures.staffPassword)
        try await browser.signIn("samir@example.org", Fixtures.staffPassword)
        let created = try await browser.submit(
            "/en/staff/conversations",
            [
                ("title", "What would make our street feel like home?"), ("description", "Answer as many statements as you like."),
                ("language", "en"), ("moderation", moderation), ("seed", seed.joined(separator: "\n")),
            ])
        XCTAssertEqual(created.status, .found)
        let location = try XCTUnwrap(created.location)
        browser.forgetCookies()
        return try XCTUnwrap(UUID(uuidString: String(location.split(separator: "/").last ?? "")))
    }

    func testAParticipantAnswersOneStatementAtATimeWithoutAnAccount() async throws {
        try await withTestApp { browser, services in
            let id = try await Self.start(browser, services: services)
            let path = "/en/conversations/\(id.uuidString.lowercased())"
            let first = try await browser.get(path)
            XCTAssertEqual(first.status, .ok)
            XCTAssertTrue(first.contains("You have answered 0 of 3 statements."))
            XCTAssertTrue(first.contains(Self.seed[0].replacingOccurrences(of: "'", with: "&#39;")), first.body)
            var page = first
            for choice in ["agree", "disagree", "pass"] {
                let number = try XCTUnwrap(Self.statementNumber(page))
                let voted = try await browser.post(path + "/vote", [("statement", number), ("choice", choice)], csrf: page.csrf)
                XCTAssertEqual(voted.status, .found)
                XCTAssertEqual(voted.location, path + "?done=voted")
                page = try await browser.get(voted.location!)
                XCTAssertTrue(page.contains("Your answer is saved."))
            }
            XCTAssertTrue(page.contains("You have answered every statement for now."))
            XCTAssertTrue(page.contains("You have answered 3 of 3 statements."))
            XCTAssertNotNil(browser.cookies["together_participant"], "a random key in the browser, nothing else")
            let votes = try await ConversationVoteRecord.query(on: services.store.database).all()
            XCTAssertEqual(votes.map(\.value).sorted(), [-1, 0, 1])
            XCTAssertEqual(Set(votes.map(\.participantNumber)), [0])
            let participants = try await ConversationParticipantRecord.query(on: services.store.database).all()
            XCTAssertEqual(participants.count, 1)
            XCTAssertFalse(participants[0].keyHash.contains(browser.cookies["together_participant"]!), "only a hash of the key is stored")
        }
    }

    func testAnswerAgainReplacesTheAnswerAndAnotherBrowserIsAnotherParticipant() async throws {
        try await withTestApp { browser, services in
            let id = try await Self.start(browser, services: services)
            let path = "/en/conversations/\(id.uuidString.lowercased())"
            let page = try await browser.get(path)
            try await browser.post(path + "/vote", [("statement", "1"), ("choice", "agree")], csrf: page.csrf)
            try await browser.post(path + "/vote", [("statement", "1"), ("choice", "disagree")], csrf: page.csrf)
            browser.forgetCookies()
            let other = try await browser.get(path)
            try await browser.post(path + "/vote", [("statement", "1"), ("choice", "agree")], csrf: other.csrf)
            let votes = try await ConversationVoteRecord.query(on: services.store.database).sort(\.$participantNumber).all()
            XCTAssertEqual(votes.map(\.value), [-1, 1])
            XCTAssertEqual(votes.map(\.participantNumber), [0, 1])
        }
    }

    func testDeletingMyVotesLeavesNothingOfThem() async throws {
        try await withTestApp { browser, services in
            let id = try await Self.start(browser, services: services)
            let path = "/en/conversations/\(id.uuidString.lowercased())"
            let page = try await browser.get(path)
            XCTAssertFalse(page.contains("Delete all my votes"), "nothing to delete yet")
            try await browser.post(path + "/vote", [("statement", "0"), ("choice", "agree")], csrf: page.csrf)
            let after = try await browser.get(path)
            XCTAssertTrue(after.contains("Delete all my votes in this conversation"))
            let forgotten = try await browser.post(path + "/forget", [], csrf: after.csrf)
            XCTAssertEqual(forgotten.location, path + "?done=forgotten")
            expectEqual(try await ConversationVoteRecord.query(on: services.store.database).count(), 0)
            expectEqual(try await ConversationParticipantRecord.query(on: services.store.database).count(), 0)
            expectTrue(try await browser.get(forgotten.location!).contains("You have answered 0 of 3 statements."))
        }
    }

    func testProposalsWaitForAModeratorUnderStrictModeration() async throws {
        try await withTestApp { browser, services in
            let id = try await Self.start(browser, services: services, moderation: "strict")
            let path = "/en/conversations/\(id.uuidString.lowercased())"
            let page = try await browser.get(path)
            let proposal = "A flood of migrants is changing our street."
            let sent = try await browser.post(path + "/propose", [("text", proposal)], csrf: page.csrf)
            XCTAssertEqual(sent.location, path + "?done=pending")
            expectTrue(try await browser.get(sent.location!).contains("A moderator will read your statement"))
            let statements = try await services.conversations.statements(id)
            XCTAssertEqual(statements.last?.status, .pending)

            // The facilitator sees it with the message checker's advice, and decides.
            try await browser.signIn("samir@example.org", Fixtures.staffPassword)
            let manage = try await browser.get("/en/staff/conversations/\(id.uuidString.lowercased())")
            XCTAssertTrue(manage.contains("proposed by a participant"))
            XCTAssertTrue(manage.contains("Water images"), "the checker's finding on 'a flood of migrants' is shown")
            let approved = try await browser.post(
                "/en/staff/conversations/\(id.uuidString.lowercased())/moderate", [("statement", "3"), ("status", "approved")],
                csrf: manage.csrf)
            XCTAssertEqual(approved.status, .found)
            expectEqual(try await services.conversations.statements(id).last?.status, .approved)
            let actions = try await AuditEvent.query(on: services.store.database).all().map { "\($0.actorRole) \($0.action)" }
            XCTAssertEqual(
                Set(actions), ["facilitator conversation-start", "facilitator conversation-moderate"], "who moderated, and when")
        }
    }

    func testPermissiveModerationShowsAProposalAtOnceAndBadProposalsAreRefused() async throws {
        try await withTestApp { browser, services in
            let id = try await Self.start(browser, services: services, moderation: "permissive")
            let path = "/en/conversations/\(id.uuidString.lowercased())"
            let page = try await browser.get(path)
            let sent = try await browser.post(path + "/propose", [("text", "We should plant trees together.")], csrf: page.csrf)
            XCTAssertEqual(sent.location, path + "?done=added")
            expectEqual(try await services.conversations.statements(id).last?.status, .approved)
            let empty = try await browser.post(path + "/propose", [("text", "   ")], csrf: page.csrf)
            XCTAssertEqual(empty.status, .unprocessableContent)
            XCTAssertTrue(empty.contains("Please write your statement."))
            let long = try await browser.post(path + "/propose", [("text", String(repeating: "a", count: 281))], csrf: page.csrf)
            XCTAssertTrue(long.contains("Please keep your statement to 280 characters."))
            let forged = try await browser.post(path + "/propose", [("text", "No token")], csrf: nil)
            XCTAssertEqual(forged.status, .forbidden)
        }
    }

    func testAClosedConversationTakesNoAnswers() async throws {
        try await withTestApp { browser, services in
            let id = try await Self.start(browser, services: services)
            let conversation = try await XCTUnwrapAsync(try await services.conversations.conversation(id))
            try await services.conversations.update(conversation, isOpen: false, strictModeration: true, allowsProposals: true)
            let path = "/en/conversations/\(id.uuidString.lowercased())"
            let page = try await browser.get(path)
            XCTAssertTrue(page.contains("This conversation is closed."))
            let refused = try await browser.post(path + "/vote", [("statement", "0"), ("choice", "agree")], csrf: page.csrf)
            XCTAssertEqual(refused.status, .conflict)
            expectEqual(try await ConversationVoteRecord.query(on: services.store.database).count(), 0)
        }
    }

    func testResultsShowWhatWeHaveInCommonFirstThenGroupsAndAMap() async throws {
        try await withTestApp { browser, services in
            let id = try await Self.start(browser, services: services, seed: Self.seed + ["The bus should run later at night."])
            let conversation = try await XCTUnwrapAsync(try await services.conversations.conversation(id))
            // Two camps that disagree on statements 1 and 3 and all agree with statement 0.
            for person in 0..<40 {
                let hash = "participant-\(person)"
                let camp = person % 2 == 0
                try await services.conversations.vote(conversation, keyHash: hash, statementNumber: 0, value: .agree)
                try await services.conversations.vote(conversation, keyHash: hash, statementNumber: 1, value: camp ? .agree : .disagree)
                try await services.conversations.vote(
                    conversation, keyHash: hash, statementNumber: 2, value: person % 3 == 0 ? .agree : person % 3 == 1 ? .pass : .disagree)
                try await services.conversations.vote(conversation, keyHash: hash, statementNumber: 3, value: camp ? .disagree : .agree)
            }
            await ConversationResultsService(services: services).recomputeChanged()
            let page = try await browser.get("/en/conversations/\(id.uuidString.lowercased())/results")
            XCTAssertEqual(page.status, .ok)
            let common = try XCTUnwrap(page.body.range(of: "What we have in common</h2>"))
            let groups = try XCTUnwrap(page.body.range(of: "Opinion groups"))
            XCTAssertLessThan(common.lowerBound, groups.lowerBound, "what we have in common comes first")
            let firstItem = page.body[common.upperBound...].range(of: "<li>").map { page.body[$0.upperBound...].prefix(200) } ?? ""
            XCTAssertTrue(firstItem.contains("Our street is better"), String(firstItem))
            XCTAssertTrue(page.contains("Group A") && page.contains("Group B"))
            XCTAssertTrue(page.contains("<svg") && page.contains("role=\"img\"") && page.contains("<polygon"))
            XCTAssertTrue(page.contains("Participants: 40. Answers: 160."))
            let home = try await browser.get("/en/")
            XCTAssertTrue(home.contains("What we have in common"), "the home page features the conversation")
            XCTAssertTrue(home.contains("Our street is better when neighbours know each other&#39;s names."), home.body)

            let api = try await browser.json("/api/v1/conversations/\(id.uuidString.lowercased())/results")
            let analysis = try XCTUnwrap(api.object["analysis"] as? [String: Any])
            XCTAssertEqual((analysis["groups"] as? [Any])?.count, 2)
            let consensus = try XCTUnwrap(analysis["groupAwareConsensus"] as? [[String: Any]])
            XCTAssertEqual(consensus.first?["statement"] as? String, "0")
        }
    }

    func testTheExportIsAPolisExportTheEngineReads() async throws {
        try await withTestApp { browser, services in
            let id = try await Self.start(browser, services: services)
            let conversation = try await XCTUnwrapAsync(try await services.conversations.conversation(id))
            try await services.conversations.vote(conversation, keyHash: "a", statementNumber: 0, value: .agree)
            try await services.conversations.vote(conversation, keyHash: "b", statementNumber: 1, value: .disagree)
            try await services.conversations.addStatement(to: conversation, text: "Say \"hello\", neighbour", proposed: true)
            try await browser.signIn("samir@example.org", Fixtures.staffPassword)
            let votes = try await browser.get("/en/staff/conversations/\(id.uuidString.lowercased())/votes.csv")
            XCTAssertEqual(votes.headers[.contentType], "text/csv; charset=utf-8")
            let parsed = try PolisExport.votes(csv: votes.body)
            XCTAssertEqual(parsed.map(\.vote.value), [.agree, .disagree])
            let comments = try await browser.get("/en/staff/conversations/\(id.uuidString.lowercased())/comments.csv")
            let statements = try PolisExport.statements(csv: comments.body)
            XCTAssertEqual(statements.map(\.text).last, "Say \"hello\", neighbour")
            XCTAssertEqual(statements.map(\.moderation), [1, 1, 1, 0], "the waiting proposal is 0, as Pol.is marks unmoderated comments")
        }
    }

    func testAPolisExportComesInWithItsNumbersModerationAndLatestVotes() async throws {
        try await withTestApp { _, services in
            let comments = try PolisExport.statements(
                csv: """
                    timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body
                    1500000000000,x,4,0,1,0,1,"Bread, tea and time together"
                    1500000000001,x,7,0,0,1,-1,Taken out
                    """)
            let votes = try PolisExport.votes(
                csv: """
                    timestamp,datetime,comment-id,voter-id,vote
                    1500000001000,x,4,12,1
                    1500000002000,x,7,12,-1
                    1500000003000,x,4,12,-1
                    1500000004000,x,4,30,1
                    """, statements: ["4", "7"])
            let summary = try await services.conversations.importPolis(
                title: "Shared tables", language: "en", statements: comments, votes: votes)
            XCTAssertEqual(summary.statements, 2)
            XCTAssertEqual(summary.participants, 2)
            XCTAssertEqual(summary.votes, 3, "the second vote of 12 on 4 replaces the first")
            let statements = try await services.conversations.statements(summary.conversationID)
            XCTAssertEqual(statements.map(\.number), [4, 7])
            XCTAssertEqual(statements.map(\.status), [.approved, .rejected])
            let exported = PolisExport.votesCSV(try await services.conversations.exportVotes(summary.conversationID))
            XCTAssertEqual(
                try PolisExport.votes(csv: exported).map { "\($0.vote.participant):\($0.vote.statement):\($0.vote.value.rawValue)" },
                ["12:7:-1", "12:4:-1", "30:4:1"])
        }
    }

    func testStaffImportAPolisExportOnTheirPage() async throws {
        try await withTestApp { browser, services in
            _ = try await Self.start(browser, services: services)
            try await browser.signIn("samir@example.org", Fixtures.staffPassword)
            let page = try await browser.get("/en/staff/conversations")
            XCTAssertTrue(page.contains(#"enctype="multipart/form-data""#))
            func send(votes: String, comments: String) async throws -> TestBrowser.Page {
                let boundary = "----together-import"
                var body = ByteBuffer()
                for (name, value) in [("_csrf", page.csrf ?? ""), ("title", "Shared tables"), ("language", "en")] {
                    body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
                }
                for (name, value) in [("votes", votes), ("comments", comments)] {
                    body.writeString(
                        "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"; filename=\"\(name).csv\"\r\nContent-Type: text/csv\r\n\r\n\(value)\r\n"
                    )
                }
                body.writeString("--\(boundary)--\r\n")
                return try await browser.send(
                    "/en/staff/conversations/import", method: .post, headers: [.contentType: "multipart/form-data; boundary=\(boundary)"],
                    body: body)
            }
            let comments = "comment-id,comment-body,moderated\n4,Bread and tea,1\n"
            let bad = try await send(votes: "comment-id,voter-id,vote\n4,1,yes\n", comments: comments)
            XCTAssertEqual(bad.status, .unprocessableContent)
            XCTAssertTrue(
                bad.contains("These files cannot be imported: votes.csv:2: the vote “yes” is not 1 (agree), -1 (disagree) or 0 (pass)."))
            let good = try await send(votes: "comment-id,voter-id,vote\n4,1,1\n4,2,-1\n", comments: comments)
            XCTAssertEqual(good.status, .found)
            let imported = try await services.conversations.list().first { $0.title == "Shared tables" }
            let id = try XCTUnwrap(imported?.id)
            expectEqual(try await services.conversations.allVotes(id).count, 2)
        }
    }

    func testOnlyStaffWhoRunConversationsReachTheirPages() async throws {
        try await withTestApp { browser, services in
            let id = try await Self.start(browser, services: services)
            let manage = "/en/staff/conversations/\(id.uuidString.lowercased())"
            expectEqual(try await browser.get(manage).location, "/en/login?next=\(manage)")
            expectEqual(try await browser.get(manage + "/votes.csv").status, .seeOther)
            try await services.accounts.createUser(
                email: "lea@example.org", name: "Léa", role: .researcher, password: Fixtures.staffPassword)
            try await browser.signIn("lea@example.org", Fixtures.staffPassword)
            expectEqual(try await browser.get(manage).status, .forbidden)
            expectEqual(try await browser.get("/en/staff/conversations").status, .forbidden)
        }
    }

    static func statementNumber(_ page: TestBrowser.Page) -> String? {
        guard let range = page.body.range(of: #"name="statement" value="([0-9]+)""#, options: .regularExpression) else { return nil }
        return String(page.body[range].split(separator: "\"")[3])
    }
}

func XCTUnwrapAsync<T>(_ value: T?, file: StaticString = #filePath, line: UInt = #line) async throws -> T {
    try XCTUnwrap(value, file: file, line: line)
}
