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

    /// Lin's regression fitted arm by arm equals the full regression with every interaction column
    /// (y ~ arms + x̃ + arms × x̃, HC2), with a far-out row of high leverage among them.
    func testLinArmByArmEqualsTheFullInteractedRegression() throws {
        var state: UInt64 = 12_345
        func uniform() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
        let arms = 3
        var rows: [(arm: Int, x: [Double], y: Double)] = (0..<300).map { index in
            let x = [uniform() * 4, uniform() < 0.4 ? 1 : 0]
            return (index % arms, x, 2 + 0.5 * x[0] - x[1] + Double(index % arms) * 0.3 + uniform())
        }
        rows.append((2, [40, 1], 9))
        let width = 2
        let means = (0..<width).map { i in rows.map { $0.x[i] }.reduce(0, +) / Double(rows.count) }
        let full = try LinearModel.fitHC2(columns: arms * (width + 1)) { body in
            for row in rows {
                let centred = (0..<width).map { row.x[$0] - means[$0] }
                var z = [1.0] + (1..<arms).map { row.arm == $0 ? 1.0 : 0.0 } + centred
                for arm in 1..<arms { z += centred.map { row.arm == arm ? $0 : 0 } }
                body(z, row.y)
            }
        }
        let armwise = try LinAdjustment.fit(arms: arms, width: width) { body in
            for row in rows { row.x.withUnsafeBufferPointer { body(row.arm, $0, row.y) } }
        }
        XCTAssertEqual(armwise.rows, full.rows)
        XCTAssertEqual(armwise.columns, arms * (width + 1))
        for arm in 1..<arms {
            let expected = full.estimate(arm)
            let got = armwise.effects[arm - 1]
            XCTAssertEqual(got.estimate, expected.estimate, accuracy: abs(expected.estimate) * 1e-10)
            XCTAssertEqual(got.se, expected.se, accuracy: expected.se * 1e-10)
            XCTAssertEqual(got.df, expected.df)
        }
    }
}
