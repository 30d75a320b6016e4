import Foundation
import XCTest

@testable import Impact

/// Bad data gets a clear message naming the column and row, or a warning — never a crash or a silent NaN.
final class BadInputTests: XCTestCase {
    private func read(_ csv: String, missing: Set<String> = Responses.defaultMissing) throws -> Responses {
        try Responses.read(csv: csv, file: "answers.csv", arm: "arm", outcomes: ["y"], covariates: ["x"], missing: missing)
    }

    func testCellsThatAreNotNumbersAreNamed() {
        XCTAssertThrowsError(try read("arm,y,x\n0,3,1\n1,three,2\n")) { error in
            XCTAssertEqual("\(error)", "answers.csv:3: “three” in column y is not a number.")
        }
        XCTAssertThrowsError(try read("arm,y\n0,3\n")) { error in
            XCTAssertEqual("\(error)", "answers.csv:1: there is no column “x” (found: arm, y).")
        }
        XCTAssertThrowsError(try read("arm,y,x\n0,3\n")) { error in
            XCTAssertEqual("\(error)", "answers.csv:2: this row has 2 fields; the header has 3.")
        }
    }

    func testMissingCodesAreNeverValues() throws {
        let responses = try read("arm,y,x\n0,7,1\n1,8,2\n1,3,1\n", missing: Responses.defaultMissing.union(["7", "8"]))
        XCTAssertEqual(responses.outcomes[0].values, [nil, nil, 3])
        XCTAssertEqual(try read("arm,y,x\n0,77,1\n1,88,2\n").outcomes[0].values, [nil, nil], "77 and 88 by default")
    }

    func testAConstantOutcomeOrATinyArmIsAWarningNotANaN() throws {
        let constant = try MessageTest.analyze(try read("arm,y,x\n0,3,1\n0,3,2\n0,3,1\n1,3,5\n1,3,1\n1,3,2\n"))
        XCTAssertTrue(constant.warnings.contains { $0.contains("does not vary") }, "\(constant.warnings)")
        let json = try XCTUnwrap(String(data: try JSONEncoder().encode(constant), encoding: .utf8))
        XCTAssertTrue(json.contains(#""df":null"#) && json.contains(#""p":null"#), "no number where none can be computed: \(json)")
        let tiny = try MessageTest.analyze(try read("arm,y,x\n0,3,1\n0,4,2\n0,2,1\n1,5,3\n"))
        XCTAssertTrue(tiny.warnings.contains { $0.contains("fewer than two answers") }, "\(tiny.warnings)")
    }

    func testCovariatesThatRepeatEachOtherAreNamedAndTheRestStands() throws {
        let csv = "arm,y,x,z\n" + (0..<30).map { "\($0 % 2),\($0 % 5),\($0 % 3),\(2 * ($0 % 3))" }.joined(separator: "\n")
        let report = try MessageTest.analyze(
            try Responses.read(csv: csv, file: "answers.csv", arm: "arm", outcomes: ["y"], covariates: ["x", "z"]))
        XCTAssertTrue(report.warnings.contains { $0.contains("x, z repeat each other") }, "\(report.warnings)")
        XCTAssertTrue(report.lin.isEmpty)
        XCTAssertEqual(report.differenceInMeans.count, 1, "the differences in means stand")
    }

    func testASegmentMissingFromAnArmIsAWarningNotAFailure() throws {
        // Nobody in arm 1 is in segment c.
        let rows = (0..<60).map { "\($0 % 2),\(($0 * 7) % 5),\($0 % 2 == 1 ? ["a", "b"][$0 % 4 / 2] : ["a", "b", "c"][$0 % 3])" }
        let report = try MessageTest.analyze(
            try Responses.read(csv: "arm,y,seg\n" + rows.joined(separator: "\n"), arm: "arm", outcomes: ["y"], segment: "seg"))
        XCTAssertTrue(report.warnings.contains { $0.contains("the segments") }, "\(report.warnings)")
        XCTAssertEqual(report.differenceInMeans.count, 1)
        XCTAssertEqual(report.olsHC2.count, 1)
    }

    func testASegmentSeenOnlyWhereTheOutcomeIsMissingDoesNotBreakTheAdjustment() throws {
        // The last respondent is the only one in segment "c" and has no outcome yet.
        let rows = (0..<40).map { "\($0 % 2),\(($0 * 7) % 5),\(($0 / 2) % 2 == 0 ? "a" : "b")" } + ["1,NA,c"]
        let csv = "arm,y,seg\n" + rows.joined(separator: "\n")
        let report = try MessageTest.analyze(
            try Responses.read(csv: csv, file: "answers.csv", arm: "arm", outcomes: ["y"], covariates: [], segment: "seg"))
        XCTAssertEqual(report.lin.count, 1, "Lin's estimate with the segments that have answers")
        XCTAssertEqual(report.differenceInMeans.count, 1)
    }
}
