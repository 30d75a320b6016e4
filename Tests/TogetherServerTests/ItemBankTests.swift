import Foundation
import XCTest

@testable import TogetherServer

/// The ESS item bank: the national questionnaires' wording for the country they were written for,
/// and a bank file that would mix two questionnaires refused when it is read.
final class ItemBankTests: XCTestCase {
    func testANationalVersionIsChosenByLanguageAndCountryOnly() async throws {
        let bank = try await SharedResources.shared.get().itemBank
        XCTAssertEqual(bank.nationalVersion(language: "fr", country: " La France ")?.code, "FR")
        XCTAssertEqual(bank.nationalVersion(language: "es", country: "España")?.code, "ES")
        XCTAssertNil(bank.nationalVersion(language: "fr", country: "la Belgique"), "Belgian French is not France's questionnaire")
        XCTAssertNil(bank.nationalVersion(language: "en", country: "France"), "the English source wording is used in English")
    }

    func testABankWithAnIncompleteNationalVersionIsRefused() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bank-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        let json = """
            {"source": "s", "dontKnow": {"en": "DK"}, "refusal": {"en": "R"},
             "national": [{"code": "FR", "language": "fr", "countries": ["france"], "name": "n", "source": "u"}],
             "items": [{"id": "imbgeco", "scale": "0-10", "missing": {"refusal": 77, "dontKnow": 88},
                        "text": {"en": "T"}, "low": {"en": "L"}, "high": {"en": "H"}, "translation": {"en": "ESS"},
                        "national": {"FR": {"text": "T", "low": "L"}}}]}
            """
        try Data(json.utf8).write(to: url)
        XCTAssertThrowsError(try ItemBank.load(from: url, languages: ["en"])) { error in
            XCTAssertTrue("\(error)".contains("imbgeco lacks the FR wording"), "\(error)")
        }
    }
}
