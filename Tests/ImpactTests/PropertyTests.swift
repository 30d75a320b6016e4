import Foundation
import XCTest

@testable import Impact

/// What must hold whatever the data: row order does not matter, the difference in means is the
/// saturated HC2 regression, Holm is never below Benjamini–Hochberg.
final class PropertyTests: XCTestCase {
    private func fixture() throws -> String {
        let url = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures/message-test-5000", withExtension: "csv"))
        return try String(contentsOf: url, encoding: .utf8)
    }

    private func analyze(_ csv: String) throws -> MessageTestReport {
        try MessageTest.analyze(
            try Responses.read(csv: csv, arm: "arm", outcomes: ["likert", "pledge"], covariates: ["x"], segment: "seg"))
    }

    func testRowOrderDoesNotMatter() throws {
        let csv = try fixture()
        var lines = csv.split(separator: "\n").map(String.init)
        let header = lines.removeFirst()
        // A fixed shuffle (a multiplicative permutation of the row numbers).
        let count = lines.count
        let shuffled = (0..<count).map { lines[($0 * 7919) % count] }
        XCTAssertEqual(Set(shuffled).count, Set(lines).count)
        let a = try analyze(csv)
        let b = try analyze(([header] + shuffled).joined(separator: "\n"))
        for (x, y) in zip(a.differenceInMeans, b.differenceInMeans) {
            XCTAssertEqual(x.estimate.estimate, y.estimate.estimate, accuracy: abs(x.estimate.estimate) * 1e-10)
            XCTAssertEqual(x.estimate.se, y.estimate.se, accuracy: x.estimate.se * 1e-10)
        }
        for (x, y) in zip(a.lin, b.lin) {
            XCTAssertEqual(x.estimate.estimate, y.estimate.estimate, accuracy: abs(x.estimate.estimate) * 1e-9)
            XCTAssertEqual(x.estimate.se, y.estimate.se, accuracy: x.estimate.se * 1e-9)
        }
    }

    func testTheDifferenceInMeansIsTheSaturatedHC2Regression() throws {
        let report = try analyze(try fixture())
        for (means, regression) in zip(report.differenceInMeans, report.olsHC2) {
            XCTAssertEqual(means.arm, regression.arm)
            XCTAssertEqual(means.estimate.estimate, regression.estimate.estimate, accuracy: abs(means.estimate.estimate) * 1e-10)
            XCTAssertEqual(
                means.estimate.se, regression.estimate.se, accuracy: means.estimate.se * 1e-10, "HC2 of a saturated model is Neyman's")
        }
    }

    func testHolmIsNeverBelowBenjaminiHochberg() throws {
        let report = try analyze(try fixture())
        for entry in report.multipleComparisons {
            XCTAssertGreaterThanOrEqual(entry.holm, entry.bh)
            XCTAssertGreaterThanOrEqual(entry.bh, entry.p)
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let p = (0..<Int.random(in: 1...12, using: &generator)).map { _ in Double.random(in: 0...1, using: &generator) }
            for (holm, bh) in zip(MultipleComparisons.holm(p), MultipleComparisons.benjaminiHochberg(p)) {
                XCTAssertGreaterThanOrEqual(holm, bh)
            }
        }
    }
}
