import XCTest

@testable import Impact

final class BalancedAssignmentTests: XCTestCase {
    func testArmCountsNeverDifferByMoreThanOneAfterAnyRespondent() throws {
        for arms in 2...6 {
            for seed: UInt64 in [0, 1, 42, 0xDEAD_BEEF, .max] {
                let assignment = try BalancedAssignment(arms: arms, seed: seed)
                var counts = [Int](repeating: 0, count: arms)
                for respondent in 0..<1_000 {
                    counts[assignment.arm(for: respondent)] += 1
                    XCTAssertLessThanOrEqual(counts.max()! - counts.min()!, 1, "arms \(arms), seed \(seed), respondent \(respondent)")
                }
            }
        }
    }

    func testTheSeedReproducesEveryAssignmentAndAnotherSeedDoesNot() throws {
        let first = try BalancedAssignment(arms: 3, seed: 2026)
        let again = try BalancedAssignment(arms: 3, seed: 2026)
        let other = try BalancedAssignment(arms: 3, seed: 2027)
        let sequence = (0..<300).map(first.arm(for:))
        XCTAssertEqual(sequence, (0..<300).map(again.arm(for:)))
        XCTAssertNotEqual(sequence, (0..<300).map(other.arm(for:)))
        // Asking out of order gives the same arm: it depends on the respondent's number alone.
        XCTAssertEqual(first.arm(for: 250), sequence[250])
    }

    func testBlocksAreShuffledNotRotated() throws {
        let assignment = try BalancedAssignment(arms: 3, seed: 7)
        var firstOfBlock = [0, 0, 0]
        for block in 0..<3_000 { firstOfBlock[assignment.arm(for: block * 3)] += 1 }
        // Each arm leads about a third of the blocks (1,000 ± 100 is over 4 standard deviations).
        for count in firstOfBlock { XCTAssert((900...1_100).contains(count), "\(firstOfBlock)") }
    }

    func testTheGeneratorIsSplitMix64() {
        // The published first output of SplitMix64 from state 0: the seed means the same everywhere.
        var generator = SplitMix64(state: 0)
        XCTAssertEqual(generator.next(), 0xE220_A839_7B1D_CDAF)
    }

    func testOneArmIsRefusedWithAReason() {
        XCTAssertThrowsError(try BalancedAssignment(arms: 1, seed: 1)) { error in
            XCTAssert(String(describing: error).contains("at least one message"))
        }
    }
}
