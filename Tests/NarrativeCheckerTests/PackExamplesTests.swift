import XCTest

@testable import NarrativeChecker

/// Every example of every rule in the shipped packs: `flag` examples must fire the rule, `pass`
/// examples must not. Adding a rule with examples adds its tests. Each rule is asked for its own
/// finding, before two rules of one category on the same words are merged for the reader
/// (`Checker.failingExamples`).
final class PackExamplesTests: XCTestCase {
    func testThereIsAPackForEveryLanguageOfTheChecker() throws {
        let packs = try Checker.builtInPacks()
        XCTAssertEqual(Set(packs.map(\.language)), ["en", "fr", "es", "de", "it", "ar", "tr", "pt"])
        for pack in packs {
            let categories = Set(pack.rules.map(\.category))
            for category in [Category.dehumanisingTerm, .disasterMetaphor, .crisisFrame, .legalAccuracy, .jargon, .pityFrame] {
                XCTAssertTrue(categories.contains(category), "\(pack.file) has no \(category.rawValue) rule")
            }
            XCTAssertFalse(pack.strengths.isEmpty, "\(pack.file) names no strengths")
        }
    }

    func testEveryExampleOfEveryRule() throws {
        let packs = try Checker.builtInPacks()
        let checker = try Checker(packs: packs)
        var examples = 0
        for pack in packs {
            for rule in pack.rules {
                XCTAssertFalse(rule.examples.flag.isEmpty, "\(rule.origin) \(rule.id) has no example that must flag")
                XCTAssertFalse(rule.examples.pass.isEmpty, "\(rule.origin) \(rule.id) has no example that must not flag")
                examples += rule.examples.flag.count + rule.examples.pass.count
            }
            // The same check partners' packs get when an administrator uploads one.
            for failure in checker.failingExamples(of: pack) { XCTFail("\(failure)") }
        }
        XCTAssertGreaterThan(examples, 500)
    }
}
