import Foundation
import XCTest

@testable import Impact

/// Reading a file in passes gives the analysis the columns in memory give, whatever the pieces.
final class ResponseStreamTests: XCTestCase {
    private func fixture() throws -> [UInt8] {
        let url = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures/message-test-5000", withExtension: "csv"))
        return Array(try Data(contentsOf: url))
    }

    /// A source handing `bytes` over in pieces of `size`.
    private func stream(_ bytes: [UInt8], pieces size: Int, outcomes: [String] = ["likert", "pledge"]) -> ResponseStream {
        ResponseStream(
            source: .init(count: bytes.count) { range, piece throws(ImpactError) in
                try bytes.withUnsafeBufferPointer { (all) throws(ImpactError) in
                    var start = range.lowerBound
                    while start < range.upperBound {
                        try piece(UnsafeBufferPointer(rebasing: all[start..<min(start + size, range.upperBound)]))
                        start += size
                    }
                }
            }, file: "answers.csv", arm: "arm", outcomes: outcomes, covariates: ["x"], segment: "seg")
    }

    func testTheStreamGivesTheSameReportAsTheColumnsInMemory() throws {
        let bytes = try fixture()
        let inMemory = try MessageTest.analyze(
            try Responses.read(
                csv: String(decoding: bytes, as: UTF8.self), arm: "arm", outcomes: ["likert", "pledge"], covariates: ["x"], segment: "seg"))
        for size in [1, 7, 4096, bytes.count] {
            let streamed = try MessageTest.analyze(stream(bytes, pieces: size))
            XCTAssertEqual(streamed.n, inMemory.n)
            XCTAssertEqual(streamed.warnings, inMemory.warnings)
            for (a, b) in [
                (streamed.differenceInMeans.map(\.estimate), inMemory.differenceInMeans.map(\.estimate)),
                (streamed.olsHC2.map(\.estimate), inMemory.olsHC2.map(\.estimate)),
                (streamed.lin.map(\.estimate), inMemory.lin.map(\.estimate)),
                (streamed.segments.map(\.estimate), inMemory.segments.map(\.estimate)),
            ] {
                XCTAssertEqual(a.count, b.count)
                for (x, y) in zip(a, b) {
                    XCTAssertEqual(x.estimate, y.estimate, accuracy: abs(y.estimate) * 1e-12, "pieces of \(size)")
                    XCTAssertEqual(x.se, y.se, accuracy: y.se * 1e-12, "pieces of \(size)")
                }
            }
            for (x, y) in zip(streamed.multipleComparisons, inMemory.multipleComparisons) {
                XCTAssertEqual(x.holm, y.holm, accuracy: y.holm * 1e-12)
                XCTAssertEqual(x.bh, y.bh, accuracy: y.bh * 1e-12)
            }
        }
    }

    func testProblemsAreNamedByLineAsWhenReadAtOnce() {
        let text = "\u{FEFF}arm,seg,x,likert,pledge\r\n0,a,1,3,0\r\n\r\n1,b,2,three,1\r\n"
        XCTAssertThrowsError(try MessageTest.analyze(stream(Array(text.utf8), pieces: 5))) { error in
            XCTAssertEqual("\(error)", "answers.csv:4: “three” in column likert is not a number.")
        }
        XCTAssertThrowsError(try MessageTest.analyze(stream(Array("arm,seg,x,likert,pledge\n0,a,1\n".utf8), pieces: 3))) { error in
            XCTAssertEqual("\(error)", "answers.csv:2: this row has 3 fields; the header has 5.")
        }
        XCTAssertThrowsError(try MessageTest.analyze(stream(Array("arm,seg,x,pledge\n0,a,1,1\n".utf8), pieces: 64))) { error in
            XCTAssertTrue("\(error)".contains("there is no column “likert”"), "\(error)")
        }
        XCTAssertThrowsError(try MessageTest.analyze(stream([], pieces: 8))) { error in
            XCTAssertEqual("\(error)", "answers.csv: the file is empty.")
        }
    }

    func testALineInTheSecondHalfIsNamedByItsLineInTheWholeFile() {
        var rows = (0..<20_000).map { "\($0 % 2),a,\($0 % 7),\($0 % 5),\($0 % 2)" }
        rows[14_998] = "1,a,3,many,1"
        let text = "arm,seg,x,likert,pledge\n" + rows.joined(separator: "\n") + "\n"
        XCTAssertGreaterThan(text.utf8.count, 1 << 16, "big enough to be read in two halves")
        XCTAssertThrowsError(try MessageTest.analyze(stream(Array(text.utf8), pieces: 1000))) { error in
            XCTAssertEqual("\(error)", "answers.csv:15000: “many” in column likert is not a number.")
        }
        rows[14_998] = "1,a,3"
        let short = "arm,seg,x,likert,pledge\n" + rows.joined(separator: "\n") + "\n"
        XCTAssertThrowsError(try MessageTest.analyze(stream(Array(short.utf8), pieces: 1000))) { error in
            XCTAssertEqual("\(error)", "answers.csv:15000: this row has 3 fields; the header has 5.")
        }
    }
}
