import XCTest

@testable import Impact

final class EstimatorTests: XCTestCase {
    func testHolmAndBenjaminiHochbergAsRDoes() {
        // p.adjust(c(0.01, 0.04, 0.03, 0.2), "holm") and "BH".
        let p = [0.01, 0.04, 0.03, 0.2]
        XCTAssertEqual(MultipleComparisons.holm(p), [0.04, 0.09, 0.09, 0.2], accuracy: 1e-15)
        XCTAssertEqual(MultipleComparisons.benjaminiHochberg(p), [0.04, 0.05333333333333334, 0.05333333333333334, 0.2], accuracy: 1e-15)
    }

    func testTheMinimumDetectableEffectAndThePlanAgree() {
        XCTAssertEqual(Power.multiplier(), 1.959963984540054 + 0.8416212335729143, accuracy: 1e-14)
        // 0.12 base rate, a 2-point rise, three messages against one control.
        let n = Power.sampleSizePerArm(sd: Power.binarySD(baseRate: 0.12), effect: 0.02, messages: 3)
        XCTAssertEqual(
            Power.minimumDetectableEffect(sd: Power.binarySD(baseRate: 0.12), treated: n, control: n, alpha: 0.05 / 3), 0.02, accuracy: 1e-4
        )
        XCTAssertGreaterThan(
            n, Power.sampleSizePerArm(sd: Power.binarySD(baseRate: 0.12), effect: 0.02, messages: 1), "more messages, more respondents")
    }

    func testARowWithFullLeverageAddsNothingAndIsCounted() throws {
        // The only respondent in arm 2 determines its coefficient alone.
        let rows: [([Double], Double)] = (0..<20).map { ([1, Double($0 % 2), 0], Double($0 % 3)) } + [([1, 0, 1], 5)]
        let fit = try LinearModel.fitHC2(columns: 3) { body in for row in rows { body(row.0, row.1) } }
        XCTAssertEqual(fit.fullLeverageRows, 1)
        XCTAssertEqual(fit.coefficients[2], 5 - fit.coefficients[0], accuracy: 1e-12)
    }

    func testAConstantCovariateIsExplainedNotACrash() {
        XCTAssertThrowsError(try LinearModel.fitHC2(columns: 2) { body in for i in 0..<10 { body([1, 1], Double(i)) } }) { error in
            XCTAssertEqual(error as? ImpactError, .collinear)
        }
    }
}

func XCTAssertEqual(_ a: [Double], _ b: [Double], accuracy: Double, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(a.count, b.count, file: file, line: line)
    for (x, y) in zip(a, b) { XCTAssertEqual(x, y, accuracy: accuracy, file: file, line: line) }
}

extension EstimatorTests {
    func testWeightedWavesUseKishsEffectiveSize() throws {
        let equal = TrackingWaves.Wave(values: [1, 2, 3, 4], weights: [1, 1, 1, 1])
        XCTAssertEqual(equal.designEffect, 1, accuracy: 1e-15)
        let uneven = TrackingWaves.Wave(values: [1, 2, 3, 4], weights: [1, 1, 1, 3])
        XCTAssertEqual(uneven.designEffect, 4 * 12 / 36.0, accuracy: 1e-15)
        // Equal weights: the plain Welch difference in means.
        let later = TrackingWaves.Wave(values: [5, 6, 7, 9], weights: [2, 2, 2, 2])
        let weighted = try TrackingWaves.difference(later: later, earlier: equal)
        let plain = try XCTUnwrap(DifferenceInMeans.estimate(treated: [5, 6, 7, 9], control: [1, 2, 3, 4]))
        XCTAssertEqual(weighted.estimate, plain.estimate.estimate, accuracy: 1e-12)
        XCTAssertEqual(weighted.se, plain.estimate.se, accuracy: 1e-12)
        XCTAssertThrowsError(try TrackingWaves.difference(later: later, earlier: TrackingWaves.Wave(values: [1, 2], weights: [0, 0])))
    }

    func testTopTwoBoxes() {
        XCTAssertEqual(TopBox.topTwo([1, 4, 5, nil, 3], top: 5), [0, 1, 1, nil, 0])
    }

    func testATargetNoSampleCanReachIsSaidNotOverflowed() {
        XCTAssertEqual(Power.sampleSizePerArm(sd: 1, effect: 1e-12), Power.unreachable)
        XCTAssertEqual(Power.sampleSizePerArm(sd: 1, effect: 0), Power.unreachable)
    }
}
