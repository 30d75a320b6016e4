import Foundation
import XCTest

@testable import Impact

/// The message test of 5,000 respondents against the reference answers (estimatr conventions), to
/// 1e-9 relative.
final class MessageTestFixtureTests: XCTestCase {
    private func load() throws -> (report: [String: Any], expected: [String: Any]) {
        let csv = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures/message-test-5000", withExtension: "csv"))
        let json = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures/message-test-5000.expected", withExtension: "json"))
        let responses = try Responses.read(
            csv: String(contentsOf: csv, encoding: .utf8), arm: "arm", outcomes: ["likert", "pledge"], covariates: ["x"], segment: "seg")
        let report = try MessageTest.analyze(responses)
        let encoded = try JSONEncoder().encode(report)
        return (
            try XCTUnwrap(try JSONSerialization.jsonObject(with: encoded) as? [String: Any]),
            try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any])
        )
    }

    private func entries(_ object: [String: Any], _ key: String) -> [[String: Any]] { object[key] as? [[String: Any]] ?? [] }

    private func key(_ entry: [String: Any]) -> String {
        ["outcome", "segment", "arm"].compactMap { entry[$0].map { "\($0)" } }.joined(separator: "/")
    }

    /// Every number of every expected entry, matched by its identifying fields.
    private func compare(_ ours: [[String: Any]], _ theirs: [[String: Any]], _ label: String) {
        XCTAssertEqual(ours.count, theirs.count, label)
        let byKey = Dictionary(ours.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
        for entry in theirs {
            guard let match = byKey[key(entry)] else {
                XCTFail("\(label): no entry \(key(entry))")
                continue
            }
            for (field, value) in entry {
                guard let expected = (value as? NSNumber)?.doubleValue, !["arm", "segment"].contains(field) else { continue }
                guard let actual = (match[field] as? NSNumber)?.doubleValue else {
                    XCTFail("\(label) \(key(entry)): no \(field)")
                    continue
                }
                XCTAssertEqual(actual, expected, accuracy: abs(expected) * 1e-9, "\(label) \(key(entry)) \(field)")
            }
        }
    }

    func testEveryEstimateMatchesTheReference() throws {
        let (report, expected) = try load()
        XCTAssertEqual(report["n"] as? Int, 5000)
        XCTAssertEqual(report["arms"] as? [Int], [1, 2])
        for key in ["difference_in_means", "ols_hc2", "lin", "multiple_comparisons", "mde"] {
            compare(entries(report, key), entries(expected, key), key)
        }
        // The reference analyses segments for the Likert outcome; they are their own family.
        let likertSegments = entries(report, "segments").filter { $0["outcome"] as? String == "likert" }
        compare(likertSegments, entries(expected, "segments_likert").map { $0.merging(["outcome": "likert"]) { a, _ in a } }, "segments")
    }
}
