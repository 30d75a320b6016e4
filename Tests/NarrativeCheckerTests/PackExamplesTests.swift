import XCTest

@testable import NarrativeChecker

/// Every example of every rule in the shipped packs: `flag` examples must fire the rule, `pass`
/// examples must not. Adding a rule with examples adds its tests. Each rule is asked for its own
/// finding, before two rules of one category on the same words are merged for the reader.
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
        var checked = 0
        for pack in packs {
            for rule in pack.rules {
                XCTAssertFalse(rule.examples.flag.isEmpty, "\(rule.origin) \(rule.id) has no example that must flag")
                XCTAssertFalse(rule.examples.pass.isEmpty, "\(rule.origin) \(rule.id) has no example that must not flag")
                for example in rule.examples.flag {
                    let report = checker.check(example, options: .init(language: pack.language, medium: .article), mergingSameSpan: false)
                    XCTAssertTrue(report.findings.contains { $0.rule == rule.id }, "\(rule.origin) \(rule.id) should flag: \(example)")
                    checked += 1
                }
                for example in rule.examples.pass {
                    let report = checker.check(example, options: .init(language: pack.language, medium: .article), mergingSameSpan: false)
                    XCTAssertFalse(report.findings.contains { $0.rule == rule.id }, "\(rule.origin) \(rule.id) should not flag: \(example)")
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThan(checked, 500)
    }
}
