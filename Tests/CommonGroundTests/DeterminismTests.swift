import XCTest

@testable import CommonGround

final class DeterminismTests: XCTestCase {
    func testTheSameVotesGiveTheSameResultToTheLastBit() throws {
        let fixture = try Fixture("brexit-consensus")
        let first = try fixture.analyze()
        let second = try fixture.analyze()
        XCTAssertEqual(first.participants, second.participants)
        XCTAssertEqual(first.groups, second.groups)
        XCTAssertEqual(first.groupAwareConsensus, second.groupAwareConsensus)
        XCTAssertEqual(first.priority.map(\.bitPattern), second.priority.map(\.bitPattern))
    }

    func testTheLastVoteWins() throws {
        let votes = [
            Vote(participant: "a", statement: "1", value: .agree), Vote(participant: "a", statement: "1", value: .disagree),
            Vote(participant: "b", statement: "1", value: .agree),
        ]
        let matrix = VoteMatrix(votes: votes)
        XCTAssertEqual(matrix.voteCount, 2)
        var seen: [Int8] = []
        matrix.forEachVote(ofRow: 0) { _, value in seen.append(value) }
        XCTAssertEqual(seen, [-1])
    }

    func testAnUpdateWarmStartedFromThePreviousModelKeepsStableGroups() throws {
        let fixture = try Fixture("vtaiwan.uberx")
        // Nine tenths of the votes, then all of them: once cold, once from the earlier model.
        let earlier = try CommonGround.analyze(
            Array(fixture.votes.prefix(fixture.votes.count * 9 / 10)), options: .init(moderatedOut: fixture.moderatedOut))
        let warm = try CommonGround.analyze(fixture.votes, options: .init(moderatedOut: fixture.moderatedOut, previous: earlier.model))
        let cold = try fixture.analyze()
        let placed = cold.participants.indices.filter { cold.participants[$0].group != nil && warm.participants[$0].group != nil }
        let index = CommonGround.adjustedRandIndex(
            placed.map { cold.participants[$0].group! }, placed.map { warm.participants[$0].group! })
        XCTAssertGreaterThan(index, 0.9, "a warm update after a tenth more votes finds nearly the groups a full recompute finds")
        let again = try CommonGround.analyze(fixture.votes, options: .init(moderatedOut: fixture.moderatedOut, previous: cold.model))
        XCTAssertEqual(again.participants.map(\.group), cold.participants.map(\.group), "on unchanged votes, the same groups")
        XCTAssertEqual(again.groups, cold.groups)
        XCTAssertTrue(earlier.model.participantsInConversation.isSubset(of: warm.model.participantsInConversation), "membership is sticky")
    }

    func testNoVotesIsAClearError() {
        XCTAssertThrowsError(try CommonGround.analyze([])) { error in
            XCTAssertEqual((error as? CommonGroundError)?.problem, "there are no votes to analyse yet.")
        }
    }
}

extension DeterminismTests {
    func testTwoCampsInMirrorImageStillGetAMap() throws {
        // All ones is orthogonal to the only component here; the engine must not return a flat map.
        var votes: [Vote] = []
        for person in 0..<20 {
            let camp = person % 2 == 0
            votes.append(Vote(participant: "\(person)", statement: "a", value: camp ? .agree : .disagree))
            votes.append(Vote(participant: "\(person)", statement: "b", value: camp ? .disagree : .agree))
        }
        let analysis = try CommonGround.analyze(votes)
        XCTAssertEqual(Set(analysis.participants.map { $0.x > 0 }).count, 2, "the camps sit on opposite sides")
        XCTAssertEqual(analysis.groups.count, 2)
    }
}
