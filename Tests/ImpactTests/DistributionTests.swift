import Foundation
import XCTest

@testable import Impact

/// The distributions against reference values from SciPy 1.17 (Tests/ImpactTests/Fixtures/distributions.json).
final class DistributionTests: XCTestCase {
    func testQuantilesAndTailsMatchTheReference() throws {
        let url = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures/distributions", withExtension: "json"))
        let rows = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [[Any]])
        for row in rows {
            let kind = row[0] as! String
            let df = (row[1] as! NSNumber).doubleValue
            let x = (row[2] as! NSNumber).doubleValue
            let expected = (row[3] as! NSNumber).doubleValue
            let actual: Double
            switch kind {
            case "tq": actual = StudentT(degreesOfFreedom: df).quantile(x)
            case "tsf": actual = StudentT(degreesOfFreedom: df).survival(x)
            case "nq": actual = Normal.quantile(x)
            default: actual = Normal.cdf(x)
            }
            XCTAssertEqual(actual, expected, accuracy: abs(expected) * 1e-10 + 1e-300, "\(kind) df=\(df) x=\(x)")
        }
    }

    func testTinyPValuesAreNeverZeroUntilTheyLeaveTheDoubles() {
        let p = StudentT(degreesOfFreedom: 4997).twoSided(30)
        XCTAssertGreaterThan(p, 0)
        XCTAssertLessThan(p, 1e-150)
    }
}
