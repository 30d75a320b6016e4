import XCTest

@testable import NarrativeChecker

/// A contextual rule with `context-sentences` reads the sentences around its match for what gives it
/// its sense: insinuation names no one in the sentence that insinuates.
final class ContextSentencesTests: XCTestCase {
    static let yaml = """
        pack: en
        people: [migrant*, refugee*]
        everyone: [people, they, them]
        migration: [asylum, border]
        rules:
          - id: en.test-insinuation
            category: stereotype
            severity: warning
            kind: contextual
            terms: [not saying anything]
            context-sentences: 1
            except: [myth]
            message: { en: "Say what you know, not what you hint at." }
            source: none
          - id: en.test-nature
            category: stereotype
            severity: suggestion
            kind: contextual
            terms: [in their nature]
            near: [eritreans, filipinos]
            context-sentences: 2
            message: { en: "A trait is a person's, not a people's." }
            source: none
        """

    func rules(_ text: String) throws -> [String] { try TestPack.rules(text, yaml: Self.yaml) }

    func testMigrantsInTheSentenceBeforeGiveTheMatchItsSense() throws {
        XCTAssertEqual(
            try rules("Bikes vanish since the refugees came. I'm not saying anything, but think."), ["en.test-insinuation"])
        XCTAssertEqual(try rules("The refugee hostel opened in May. I'm not saying anything."), ["en.test-insinuation"])
        XCTAssertEqual(try rules("I'm not saying anything. The migrants know."), ["en.test-insinuation"], "the sentence after counts too")
    }

    func testWordsForAnyoneOrAboutMigrationSayTooLittleAcrossSentences() throws {
        XCTAssertEqual(try rules("People were at the fair. I'm not saying anything, but they were loud."), [])
        XCTAssertEqual(try rules("Prices rose at the border shop. I'm not saying anything."), [], "a word about migration is not enough")
    }

    func testContextFurtherAwayThanTheReachDoesNotCount() throws {
        XCTAssertEqual(try rules("The refugees arrived. The bus was late. I'm not saying anything."), [])
    }

    func testNearWordsReplaceTheWordsAboutMigration() throws {
        XCTAssertEqual(try rules("Our Eritreans work hard. Team. It is in their nature."), ["en.test-nature"])
        XCTAssertEqual(try rules("The refugees work hard. It is in their nature."), [], "only the rule's own near words count")
    }

    func testExceptionsStillReadTheWindow() throws {
        XCTAssertEqual(try rules("Refugees came. It's a myth, I'm not saying anything else."), [])
    }

    func testAMistakenReachIsAClearError() {
        for (value, expected) in [
            ("7", "`context-sentences` must be a whole number from 0 to 3"), ("two", "`context-sentences` must be a whole number"),
        ] {
            let yaml = Self.yaml.replacingOccurrences(of: "context-sentences: 1", with: "context-sentences: \(value)")
            XCTAssertThrowsError(try RulePack.parse(yaml: yaml, file: "test.yaml")) { error in
                XCTAssertTrue("\(error)".contains(expected), "\(error)")
                XCTAssertTrue("\(error)".contains("test.yaml:"), "names file and line: \(error)")
            }
        }
        let withFlag = Self.yaml.replacingOccurrences(of: "context-sentences: 1", with: "context-sentences: 1\n    migration-only: true")
        XCTAssertThrowsError(try RulePack.parse(yaml: withFlag, file: "test.yaml")) { error in
            XCTAssertTrue("\(error)".contains("leave out `migration-only`"), "\(error)")
        }
        let onATerm = Self.yaml.replacingOccurrences(of: "    kind: contextual\n    terms: [not saying", with: "    terms: [not saying")
        XCTAssertThrowsError(try RulePack.parse(yaml: onATerm, file: "test.yaml")) { error in
            XCTAssertTrue("\(error)".contains("is for contextual rules"), "\(error)")
        }
    }
}
