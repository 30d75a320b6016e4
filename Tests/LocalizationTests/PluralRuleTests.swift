import Localization
import XCTest

final class PluralRuleTests: XCTestCase {
    func testArabicHasSixForms() throws {
        let rule = try PluralRule(
            header: "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);")
        XCTAssertEqual([0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 111].map(rule.formIndex(for:)), [0, 1, 2, 3, 3, 4, 4, 5, 5, 3, 4])
    }

    func testFrenchTreatsZeroAsSingular() throws {
        let rule = try PluralRule(header: "nplurals=2; plural=(n > 1);")
        XCTAssertEqual([0, 1, 2].map(rule.formIndex(for:)), [0, 0, 1])
    }

    func testMalformedFormulasAreExplained() {
        XCTAssertThrowsError(try PluralRule(header: "nplurals=2; plural=(n > ;")) { error in
            XCTAssertTrue("\(error)".contains("Plural-Forms formula"), "\(error)")
        }
        XCTAssertThrowsError(try PluralRule(header: "plural=n != 1;"))
        XCTAssertThrowsError(try PluralRule(header: "nplurals=2; plural=" + String(repeating: "(", count: 500) + "n"))
    }

    func testDivisionByZeroInAFormulaDoesNotCrash() throws {
        let rule = try PluralRule(header: "nplurals=2; plural=n/0;")
        XCTAssertEqual(rule.formIndex(for: 5), 0)
    }

    func testOutOfRangeIndexFallsBackToLastForm() throws {
        let rule = try PluralRule(header: "nplurals=2; plural=n;")
        XCTAssertEqual(rule.formIndex(for: 7), 1)
    }
}
