import Foundation
import XCTest

@testable import CommonGround

/// The statistics on their own, with the groups fixed: counts in, the formulas' numbers out
/// (Fixtures/statistics.json, computed by the reference's own functions).
final class StatisticsTests: XCTestCase {
    private struct Case: Decodable {
        struct Group: Decodable { let counts: [[Int]] }
        let groups: [Group]
        let statistics: [[[String: Double]]]
        let repness: [[[Value]]]
        let groupAwareConsensus: [Double]
    }

    private enum Value: Decodable, Equatable {
        case index(Int)
        case direction(String)

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let index = try? container.decode(Int.self) {
                self = .index(index)
            } else {
                self = .direction(try container.decode(String.self))
            }
        }
    }

    private func load() throws -> Case {
        let url = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures/statistics", withExtension: "json"))
        return try JSONDecoder().decode(Case.self, from: Data(contentsOf: url))
    }

    private func counts(_ fixture: Case) -> [[VoteCounts]] {
        fixture.groups.map { $0.counts.map { VoteCounts(agree: $0[0], disagree: $0[1], seen: $0[2]) } }
    }

    func testEachGroupAgainstTheRest() throws {
        let fixture = try load()
        let groups = counts(fixture)
        for (group, statements) in groups.enumerated() {
            for (statement, own) in statements.enumerated() {
                let rest = groups.indices.filter { $0 != group }.reduce(VoteCounts()) { $0 + groups[$1][statement] }
                let stats = StatementStatistics(own, rest: rest)
                let expected = fixture.statistics[group][statement]
                let actual: [String: Double] = [
                    "pa": stats.agreeShare, "pd": stats.disagreeShare, "pat": stats.agreeTest, "pdt": stats.disagreeTest,
                    "ra": stats.agreeRatio, "rd": stats.disagreeRatio, "rat": stats.agreeRatioTest, "rdt": stats.disagreeRatioTest,
                ]
                for (key, value) in expected {
                    XCTAssertEqual(actual[key] ?? .nan, value, accuracy: 1e-12, "group \(group), statement \(statement), \(key)")
                }
            }
        }
    }

    func testRepresentativeStatementsAndGroupAwareConsensus() throws {
        let fixture = try load()
        let groups = counts(fixture)
        for (group, statements) in groups.enumerated() {
            let statistics = statements.indices.map { statement in
                StatementStatistics(
                    statements[statement], rest: groups.indices.filter { $0 != group }.reduce(VoteCounts()) { $0 + groups[$1][statement] })
            }
            let chosen = RepresentativeStatement.select(statistics, excluding: statements.map { _ in false })
            XCTAssertEqual(
                chosen.map { [Value.index($0.statement), .direction($0.direction.rawValue)] }, fixture.repness[group], "group \(group)")
        }
        for statement in fixture.groupAwareConsensus.indices {
            let product = groups.reduce(1.0) { $0 * (Double($1[statement].agree) + 1) / (Double($1[statement].seen) + 2) }
            XCTAssertEqual(product, fixture.groupAwareConsensus[statement], accuracy: 1e-15)
        }
    }

    func testTheTestsOfProportionsByHand() {
        // 9 agrees of 10 votes: 2·√11·(10/11 − 1/2) = 9/√11·…
        XCTAssertEqual(StatementStatistics.proportionTest(9, 10), 2 * 11.0.squareRoot() * (10.0 / 11 - 0.5), accuracy: 1e-15)
        XCTAssertEqual(StatementStatistics.twoProportionTest(4, 4, 4, 4), 0, "everyone agrees on both sides: no difference")
        XCTAssertGreaterThan(StatementStatistics.twoProportionTest(9, 1, 10, 10), StatementStatistics.significant)
    }
}
