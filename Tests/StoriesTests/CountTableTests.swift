import XCTest

@testable import Stories

final class CountTableTests: XCTestCase {
    func testCountsUnderTheThresholdAreHidden() {
        let pairs = Array(repeating: ("refugee", "DE"), count: 7) + Array(repeating: ("migrant", "DE"), count: 5) + [("refugee", "ER")]
        let table = CountTable(rowName: "voice", columnName: "country", pairs: pairs)
        XCTAssertEqual(table.rows, ["migrant", "refugee"])
        XCTAssertEqual(table.columns, ["DE", "ER"])
        XCTAssertEqual(table.cells, [[5, 0], [7, nil]], "one story from Eritrea could point at one person; none is no one")
        XCTAssertEqual(table.csv, "voice/country,DE,ER\nmigrant,5,0\nrefugee,7,<5\n")
    }

    func testFieldsCannotBreakTheCSVOrRunAsFormulas() {
        XCTAssertEqual(CountTable.field("a,b"), "\"a,b\"")
        XCTAssertEqual(CountTable.field("say \"hi\""), "\"say \"\"hi\"\"\"")
        XCTAssertEqual(CountTable.field("=HYPERLINK(1)"), "'=HYPERLINK(1)")
    }
}
