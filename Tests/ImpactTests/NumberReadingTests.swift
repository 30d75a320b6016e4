import Foundation
import XCTest

@testable import Impact

/// Cells are read as numbers straight from the bytes; the result must be the double strtod gives.
final class NumberReadingTests: XCTestCase {
    private func read(_ text: String) -> Double? {
        var copy = text
        return copy.withUTF8 { bytes in LineReader(bytes: bytes).number(0..<bytes.count) }
    }

    func testDecimalsAreReadExactlyAsStrtodRoundsThem() {
        var state: UInt64 = 99
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let digits = String(state >> 20).prefix(Int(state % 15) + 1)
            let point = Int(state >> 7 % 17) % (digits.count + 1)
            var text = String(digits.prefix(point)) + "." + String(digits.dropFirst(point))
            if state & 1 == 1 { text = "-" + text }
            XCTAssertEqual(read(text)?.bitPattern, strtod(text, nil).bitPattern, text)
        }
    }

    func testPrintedDoublesOfSeventeenDigitsReadBackToTheSameBits() {
        var state: UInt64 = 7
        for _ in 0..<50_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let value = Double(bitPattern: 0x3FF0_0000_0000_0000 | (state >> 12)) - 1.5 + Double(state % 7)
            let text = "\(value)"
            XCTAssertEqual(read(text)?.bitPattern, value.bitPattern, text)
            XCTAssertEqual(read(text)?.bitPattern, strtod(text, nil).bitPattern, text)
        }
    }

    func testOtherFormsStillReadOrAreRefused() {
        XCTAssertEqual(read("1e3"), 1000)
        XCTAssertEqual(read("12345678901234567890"), 12_345_678_901_234_567_890)
        XCTAssertEqual(read("+4"), 4)
        XCTAssertEqual(read("7."), 7)
        XCTAssertEqual(read(".5"), 0.5)
        for bad in ["", "-", ".", "1.2.3", "4a", "nan", "inf", "0x10", "1,5"] { XCTAssertNil(read(bad), bad) }
    }
}
