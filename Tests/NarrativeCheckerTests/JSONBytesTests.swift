import Foundation
import XCTest

@testable import NarrativeChecker

/// The directly written JSON is the contract's JSON: the same bytes `JSONEncoder` gives.
final class JSONBytesTests: XCTestCase {
    private let drafts = [
        "",
        "Three illegal immigrants were held.\nA flood of migrants, they said / wrote.",
        "He called them “illegals” \\ \"illegals\"\t— 23 illegal \u{1} \u{1F} \u{7F} \u{2028} end.",
        "المهاجرين غير الشرعيين 🙂 illegals",
        String(repeating: "We are 1,200 and 45% and 3,000 and 12.5% of the town. ", count: 3),
    ]

    func testOneReportIsWhatJSONEncoderWrites() throws {
        let checker = try TestPack.checker()
        for draft in drafts {
            for medium in [Medium.post, .headline] {
                let report = checker.check(draft, options: .init(language: "en", audienceLanguage: "fr", medium: medium))
                XCTAssertEqual(
                    String(decoding: report.jsonBytes(), as: UTF8.self),
                    String(decoding: try ReportJSON.encoder.encode(ReportJSON(report)), as: UTF8.self), draft)
            }
        }
    }

    func testSeveralReportsAreAnArrayWithTheirFiles() throws {
        let checker = try TestPack.checker()
        let reports = drafts.enumerated().map {
            ("draft \($0.offset) \"/\".txt", checker.check($0.element, options: .init(language: "en")))
        }
        XCTAssertEqual(
            String(decoding: Report.jsonBytes(reports), as: UTF8.self),
            String(decoding: try ReportJSON.encoder.encode(reports.map { ReportJSON($0.1, file: $0.0) }), as: UTF8.self))
    }

    func testTheShippedPacksWriteTheSameBytesToo() throws {
        let checker = try Checker.standard()
        let draft = "A flood of illegal immigrants, a refugee crisis. These people are a burden; we need their labour for our economy."
        for language in ["en", "fr", "ar"] {
            let report = checker.check(draft, options: .init(language: "en", readerLanguage: language))
            XCTAssertFalse(report.findings.isEmpty)
            XCTAssertEqual(report.jsonBytes(), Array(try ReportJSON.encoder.encode(ReportJSON(report))))
        }
    }
}

extension JSONBytesTests {
    func testAnyYearAPackGivesIsWrittenWithoutATrap() {
        var writer = JSONWriter()
        writer.int(.min)
        writer.raw(",")
        writer.int(.max)
        XCTAssertEqual(String(decoding: writer.bytes, as: UTF8.self), "\(Int.min),\(Int.max)")
    }
}
