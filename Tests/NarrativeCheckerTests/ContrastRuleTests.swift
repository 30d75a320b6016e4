import XCTest

@testable import NarrativeChecker

/// "Our culture, not theirs" sets two sides against each other; "their traditions and ours" puts
/// them side by side. A contrast rule reads the word between the two, not only their nearness.
final class ContrastRuleTests: XCTestCase {
    static let yaml = """
        pack: en
        rules:
          - id: en.test-ours-or-theirs
            category: othering
            severity: warning
            kind: contrast
            window: 6
            terms: [them, theirs, their culture, their traditions]
            against: [us, ours, our culture, our traditions]
            joined-by: [or, not, versus, isn t, rather than]
            except: [so different, same, all of us]
            message: { en: "Setting “their” against “ours” draws a line between us and them." }
            source: none
            examples:
              flag: ["Our culture, not theirs."]
              pass: ["Their traditions and ours, in one square."]
        """

    func findings(_ text: String) throws -> [Finding] {
        let checker = try Checker(packs: [try RulePack.parse(yaml: Self.yaml, file: "test.yaml")])
        return checker.check(text, options: .init(language: "en")).findings
    }

    func testSidesSetAgainstEachOtherAreAFinding() throws {
        for text in [
            "Our culture, not theirs.", "In the end it is us or them.", "Their culture isn't our culture.", "Them rather than us.",
        ] {
            XCTAssertEqual(try findings(text).map(\.rule), ["en.test-ours-or-theirs"], text)
        }
    }

    func testTheFindingCoversBothSides() throws {
        let finding = try XCTUnwrap(try findings("In the end it is us or them.").first)
        XCTAssertEqual(finding.text, "us or them")
        XCTAssertEqual(finding.start, 17)
        XCTAssertEqual(finding.end, 27)
    }

    func testSidesPutSideBySideAreNot() throws {
        for text in [
            "Their traditions and ours, in one square.", "Our kids play with them every day.", "Them and us? No: neighbours.",
            "Let us help them, not judge them.",
            "Their culture is not so different from ours.", "It is not us or them: it is all of us.",
        ] {
            XCTAssertEqual(try findings(text).map(\.rule), [], text)
        }
    }

    func testOnlyJoiningWordsMayStandBetweenTheSides() throws {
        XCTAssertEqual(try findings("Our culture is not theirs.").map(\.rule), [])  // "is" is no joiner in this pack
        XCTAssertEqual(try findings("Our culture, not theirs.").map(\.rule), ["en.test-ours-or-theirs"])
        for text in ["Our traditions do not forbid their culture.", "Our culture will not replace theirs.", "Us, and not them."] {
            XCTAssertEqual(try findings(text).map(\.rule), [], text)
        }
    }

    func testAQuotationDoesNotWidenTheWindowOfAContrast() throws {
        // "all of us" is an exception, but seven words past the pair: it does not cancel the quoted finding.
        let found = try findings("“Us or them, I said to the crowd that evening, all of us.”")
        XCTAssertEqual(found.map(\.rule), ["en.test-ours-or-theirs"])
        XCTAssertEqual(found.first?.isQuoted, true)
    }

    func testAQuotedSideIsReportedGentlerOnlyWhenTheRulesOwnTermIsQuoted() throws {
        let quotedTheirs = try XCTUnwrap(try findings("Our culture, not “theirs”.").first)
        XCTAssertTrue(quotedTheirs.isQuoted)
        XCTAssertEqual(quotedTheirs.text, "Our culture, not “theirs")
        let quotedOurs = try XCTUnwrap(try findings("“Our culture”, not theirs.").first)
        XCTAssertFalse(quotedOurs.isQuoted)
        XCTAssertEqual(quotedTheirs.severity, .suggestion, "one step gentler than the rule's warning")
    }

    func testAWordListedOnTwoSidesIsRefused() {
        let twice = Self.yaml.replacingOccurrences(of: "against: [us, ours,", with: "against: [them, ours,")
        let repeated = Self.yaml.replacingOccurrences(of: "joined-by: [or, not,", with: "joined-by: [or, or, not,")
        XCTAssertThrowsError(try RulePack.parse(yaml: repeated, file: "partner.yaml")) { error in
            XCTAssertEqual(
                (error as? RulePackError)?.description,
                "partner.yaml:10: rule en.test-ours-or-theirs: “or” is twice in `joined-by`; a term is one side, the other, or what joins them."
            )
        }
        XCTAssertThrowsError(try RulePack.parse(yaml: twice, file: "partner.yaml")) { error in
            XCTAssertEqual(
                (error as? RulePackError)?.description,
                "partner.yaml:9: rule en.test-ours-or-theirs: “them” is in both `terms` and `against`; a term is one side, the other, or what joins them."
            )
        }
    }

    func testAJoinerThatStartsALongerOneStillCoversTheGap() throws {
        // "or rather" is a joiner too: taking it first would leave "than" uncovered.
        let yaml = Self.yaml.replacingOccurrences(of: "joined-by: [or, not,", with: "joined-by: [or rather, or, not,")
        let checker = try Checker(packs: [try RulePack.parse(yaml: yaml, file: "test.yaml")])
        XCTAssertEqual(
            checker.check("Us or rather than them.", options: .init(language: "en")).findings.map(\.rule), ["en.test-ours-or-theirs"])
    }

    func testTheSidesMustBeInOneSentenceAndWithinTheWindow() throws {
        XCTAssertEqual(try findings("We love our culture. Or theirs, for that matter.").map(\.rule), [])
        XCTAssertEqual(try findings("Our culture was shaped by many hands over centuries, not by theirs.").map(\.rule), [])
    }

    func testATermRuleHonoursItsExceptionsToo() throws {
        let yaml = """
            pack: de
            rules:
              - id: de.test-wir-oder-die
                category: othering
                severity: suggestion
                terms: [wir oder die]
                except: [nicht wir oder, wir alle]
                message: { en: "Us or them makes migration a contest.", de: "Wir oder die macht Migration zum Kampf." }
                source: none
            """
        let checker = try Checker(packs: [try RulePack.parse(yaml: yaml, file: "test.yaml")])
        XCTAssertEqual(checker.check("Am Ende heißt es: wir oder die.", options: .init(language: "de")).findings.count, 1)
        XCTAssertEqual(checker.check("Nicht wir oder die, sondern wir alle.", options: .init(language: "de")).findings.count, 0)
    }

    func testAContrastRuleNeedsBothItsLists() {
        let noAgainst = Self.yaml.replacingOccurrences(of: "    against: [us, ours, our culture, our traditions]\n", with: "")
        XCTAssertThrowsError(try RulePack.parse(yaml: noAgainst, file: "partner.yaml")) { error in
            XCTAssertEqual(
                (error as? RulePackError)?.description,
                "partner.yaml:6: rule en.test-ours-or-theirs: a contrast rule needs `against`, the other side (ours, us).")
        }
        let noJoin = Self.yaml.replacingOccurrences(of: "    joined-by: [or, not, versus, isn t, rather than]\n", with: "")
        XCTAssertThrowsError(try RulePack.parse(yaml: noJoin, file: "partner.yaml")) { error in
            XCTAssertEqual(
                (error as? RulePackError)?.description,
                "partner.yaml:9: rule en.test-ours-or-theirs: a contrast rule needs `joined-by`, the words that set the two sides against each other (or, not)."
            )
        }
        let onTerm = Self.yaml.replacingOccurrences(of: "kind: contrast", with: "kind: term")
        XCTAssertThrowsError(try RulePack.parse(yaml: onTerm, file: "partner.yaml")) { error in
            XCTAssertEqual(
                (error as? RulePackError)?.description,
                "partner.yaml:9: rule en.test-ours-or-theirs: `against` and `joined-by` belong to contrast rules (kind: contrast).")
        }
    }
}
