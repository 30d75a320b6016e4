import Foundation
import XCTest

@testable import CommonGround

final class PolisExportTests: XCTestCase {
    func testQuotedFieldsWithCommasQuotesAndLineBreaks() throws {
        let statements = try PolisExport.statements(
            csv: """
                timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body
                1,x,0,5,1,0,1,"We cook, we share ""bread""
                and tea."
                2,x,1,6,0,0,-1,Plain text
                """)
        XCTAssertEqual(statements.map(\.text), ["We cook, we share \"bread\"\nand tea.", "Plain text"])
        XCTAssertEqual(statements.map(\.moderation), [1, -1])
    }

    func testMistakesNameTheirLine() {
        let cases: [(String, String)] = [
            ("comment-id,voter-id,vote\n0,1,1\n0,2,yes\n", "votes.csv:3: the vote “yes” is not 1 (agree), -1 (disagree) or 0 (pass)."),
            ("comment-id,voter,vote\n0,1,1\n", "votes.csv:1: the header has no “voter-id” column (found: comment-id, voter, vote)."),
            ("comment-id,voter-id,vote\n0,1\n", "votes.csv:2: this row has 2 fields; the header has 3."),
            ("comment-id,voter-id,vote\n0,,1\n", "votes.csv:2: the comment-id or voter-id is empty."),
            ("comment-id,voter-id,vote\n\"0,1,1\n", "votes.csv:2: a quoted field is never closed."),
            ("comment-id,voter-id,vote\n9,1,1\n", "votes.csv:2: the statement 9 is not in the comments file."),
        ]
        for (text, message) in cases {
            XCTAssertThrowsError(try PolisExport.votes(csv: text, statements: ["0"])) { error in
                XCTAssertEqual("\(error)", message)
            }
        }
    }

    func testTheFastReaderBuildsTheSameMatrixAsTheVotes() throws {
        let fixture = try Fixture("scoop-hivemind.biodiversity")
        let url = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures/scoop-hivemind.biodiversity/votes", withExtension: "csv"))
        let fast = try PolisExport.voteMatrix(csv: try Data(contentsOf: url), zeroed: fixture.moderatedOut)
        let slow = VoteMatrix(votes: fixture.votes, zeroed: fixture.moderatedOut)
        XCTAssertEqual(fast.participants, slow.participants)
        XCTAssertEqual(fast.statements, slow.statements)
        XCTAssertEqual(fast.columns, slow.columns)
        XCTAssertEqual(fast.values, slow.values)
        XCTAssertEqual(fast.rowStarts, slow.rowStarts)
    }

    func testAnEmptyFileIsRefused() {
        XCTAssertThrowsError(try PolisExport.votes(csv: "")) { error in XCTAssertEqual("\(error)", "votes.csv: the file is empty.") }
    }
}
