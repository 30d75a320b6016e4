import Localization
import XCTest

@testable import TogetherServer

/// The interface catalogs: complete in every language, and placeholders kept intact.
final class CatalogTests: XCTestCase {
    func testEveryLanguageTranslatesEveryText() async throws {
        let translations = try await SharedResources.shared.get().translations
        XCTAssertEqual(translations.languages.map(\.code), ["en", "fr", "es", "ar"])
        for language in translations.languages {
            XCTAssertEqual(translations.missingKeys(in: language), [], "\(language.code) lacks translations")
        }
    }

    func testPlaceholdersSurviveTranslation() async throws {
        let translations = try await SharedResources.shared.get().translations
        let english = translations.localizer(for: .english)
        let keys = ["invite_intro", "dashboard_welcome", "users_deactivate", "users_role_for", "users_invited"]
        for language in translations.languages {
            let t = translations.localizer(for: language)
            for key in keys {
                XCTAssertTrue(t(key, ["name": "Ṣ"]).contains("Ṣ"), "\(language.code) \(key) lost {name}")
                XCTAssertFalse(t(key, ["name": "Ṣ", "role": "R"]).contains("{"), "\(language.code) \(key) has an unknown placeholder")
            }
            if language != .english { XCTAssertNotEqual(t("home_title"), english("home_title"), "\(language.code) shows English") }
        }
    }

    func testArabicPluralsUseAllSixForms() async throws {
        let t = try await SharedResources.shared.get().translations.localizer(for: .arabic)
        let forms = [0, 1, 2, 3, 11, 100].map { t.plural("users_caption", count: $0) }
        XCTAssertEqual(Set(forms).count, 6, "\(forms)")
        XCTAssertTrue(forms[3].contains("٣") || forms[3].contains("3"), forms[3])
    }
}
