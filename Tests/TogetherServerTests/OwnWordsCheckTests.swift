import Foundation
import Localization
import NarrativeChecker
import XCTest

@testable import TogetherServer

/// The platform speaks as its guidance asks: every interface text in every language and every demo
/// story passes its own checker without an error or a warning.
final class OwnWordsCheckTests: XCTestCase {
    static let locales = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/TogetherServer/Resources/locales")

    func testTheInterfaceTextsPassTheChecker() throws {
        let checker = try Checker.standard()
        let files = [("messages.pot", "en"), ("fr.po", "fr"), ("es.po", "es"), ("ar.po", "ar")]
        var checked = 0
        for (file, language) in files {
            let text = try String(contentsOf: Self.locales.appendingPathComponent(file), encoding: .utf8)
            let catalog = try Catalog(po: text, languageCode: language)
            for key in catalog.keys {
                guard let entry = catalog.entry(key) else { continue }
                let texts = language == "en" ? [entry.id] + [entry.pluralID].compactMap { $0 } : entry.translations
                for sentence in texts {
                    // Placeholders are filled in later; the words around them are what is checked.
                    let report = checker.check(sentence, options: .init(language: language, medium: .article))
                    let serious = report.findings.filter { $0.severity >= .warning }
                    XCTAssertTrue(serious.isEmpty, "\(file) \(key): \(serious.map { "\($0.rule) “\($0.text)”" }) in: \(sentence)")
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThan(checked, 1000)
    }

    func testTheDemoStoriesPassTheChecker() throws {
        let checker = try Checker.standard()
        for story in DemoStories.all {
            for text in [story.title, story.body] {
                let report = checker.check(text, options: .init(language: story.language, medium: .article))
                let serious = report.findings.filter { $0.severity >= .warning }
                XCTAssertTrue(serious.isEmpty, "demo story “\(story.title)”: \(serious.map { "\($0.rule) “\($0.text)”" })")
            }
        }
    }
}
