import Stories
import XCTest

final class ReceiptCodeTests: XCTestCase {
    func testCodesCarryMoreThan128BitsAndReadAloudInGroups() {
        let code = ReceiptCode.generate()
        XCTAssertEqual(code.value.count, 26, "26 symbols of 5 bits: 130 bits")
        XCTAssertEqual(code.description.split(separator: "-").map(\.count), [5, 5, 5, 5, 5, 1])
        XCTAssertNotEqual(code, ReceiptCode.generate())
    }

    func testTypingIsForgiving() throws {
        let code = ReceiptCode.generate()
        let typed = code.description.lowercased().replacingOccurrences(of: "-", with: " ")
        XCTAssertEqual(ReceiptCode(typed: typed), code)
        XCTAssertEqual(ReceiptCode(typed: "OOOOO-IIIII-LLLLL-00000-11111-0")?.value, "00000111111111100000111110")
        XCTAssertNil(ReceiptCode(typed: "too short"))
        XCTAssertNil(ReceiptCode(typed: String(repeating: "U", count: 26)), "U is not a symbol")
    }

    func testOnlyAHashIsKept() {
        let code = ReceiptCode.generate()
        XCTAssertEqual(code.hash.count, 64)
        XCTAssertFalse(code.hash.contains(code.value))
    }
}
