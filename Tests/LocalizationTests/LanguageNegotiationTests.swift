import Foundation
import Localization
import XCTest

final class LanguageNegotiationTests: XCTestCase {
    let supported: [Language] = [.english, .french, .spanish, .arabic]

    func testHonoursQualityOrderAndRegions() {
        XCTAssertEqual(LanguageNegotiation.bestMatch(acceptLanguage: "ar-EG,ar;q=0.9,en;q=0.8", supported: supported), .arabic)
        XCTAssertEqual(LanguageNegotiation.bestMatch(acceptLanguage: "de;q=1, es;q=0.4, fr;q=0.6", supported: supported), .french)
        XCTAssertEqual(LanguageNegotiation.bestMatch(acceptLanguage: "*", supported: supported), .english)
        XCTAssertNil(LanguageNegotiation.bestMatch(acceptLanguage: "de, ja", supported: supported))
        XCTAssertNil(LanguageNegotiation.bestMatch(acceptLanguage: "fr;q=0", supported: supported))
        XCTAssertNil(LanguageNegotiation.bestMatch(acceptLanguage: ";;;,,,q=", supported: supported))
    }

    func testNumbersAndDatesFollowTheLanguage() {
        let date = Date(timeIntervalSince1970: 1_795_392_000)  // 23 November 2026
        XCTAssertEqual(LocaleFormat(language: .english).date(date), "November 23, 2026")
        XCTAssertEqual(LocaleFormat(language: .french).date(date), "23 novembre 2026")
        XCTAssertEqual(LocaleFormat(language: .english).number(12345), "12,345")
        XCTAssertTrue(LocaleFormat(language: .french).number(12345).hasPrefix("12"))
        XCTAssertNotEqual(LocaleFormat(language: .arabic).date(date), LocaleFormat(language: .english).date(date))
    }
}
