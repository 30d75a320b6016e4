import XCTest

@testable import NarrativeChecker

/// `lists:` names word lists that several rules share; `$name` in a rule's terms, `near`, `except`
/// or `against` stands for the whole list, beside words of the rule's own.
final class PackListsTests: XCTestCase {
    let pack = """
        pack: en
        lists:
          nationalities: [bangladeshis, bangladeshi lads, portuguese, venezuelans]
        rules:
          - id: en.x-traits
            category: stereotype
            severity: suggestion
            kind: contextual
            terms: [graft harder, born builders]
            near: [$nationalities, refugees]
            window: 6
            except: [$nationalities-praised-for-a-reason]
            message: { en: X }
            source: none
        """

    func problem(_ yaml: String) -> String? {
        do {
            _ = try RulePack.parse(yaml: yaml, file: "partner.yaml")
            return nil
        } catch {
            return error.description
        }
    }

    func testANamedListStandsForAllItsWordsBesideTheRulesOwn() throws {
        let yaml = pack.replacingOccurrences(of: "    except: [$nationalities-praised-for-a-reason]\n", with: "")
        let checker = try Checker(packs: [try RulePack.parse(yaml: yaml, file: "partner.yaml")])
        let options = Checker.Options(language: "en")
        let rules = { (text: String) in checker.check(text, options: options).findings.map(\.rule) }
        XCTAssertEqual(rules("Bangladeshi lads just graft harder than anyone."), ["en.x-traits"])
        XCTAssertEqual(rules("The Venezuelans on our street are born builders."), ["en.x-traits"])
        XCTAssertEqual(rules("Refugees graft harder, they say."), ["en.x-traits"], "the rule's own word still counts")
        XCTAssertEqual(rules("Our bakers graft harder before Christmas."), [])
    }

    func testAListThatIsNotThereIsNamedWithTheListsThatAre() {
        XCTAssertEqual(
            problem(pack),
            "partner.yaml:12: `except` names the list “$nationalities-praised-for-a-reason”, and its lists are nationalities.")
        XCTAssertEqual(
            problem(
                pack.replacingOccurrences(
                    of: "lists:\n  nationalities: [bangladeshis, bangladeshi lads, portuguese, venezuelans]\n", with: "")),
            "partner.yaml:8: `near` names the list “$nationalities”, and the pack defines no `lists`.")
    }

    func testAListHoldsWordsOnly() {
        XCTAssertEqual(
            problem("pack: en\nlists:\n  a: [x]\n  b: [$a, y]\nrules: []\n"),
            "partner.yaml:4: the list b names another list (“$a”); a list holds words and phrases only.")
        XCTAssertEqual(problem("pack: en\nlists:\n  a: []\nrules: []\n"), "partner.yaml:3: the list a is empty.")
        XCTAssertEqual(
            problem("pack: en\nlists:\n  \"my list\": [x]\nrules: []\n"),
            "partner.yaml:3: a list's name uses a-z, 0-9 and dashes, such as nationalities.")
        XCTAssertEqual(
            problem("pack: en\nlists:\n  a: [\"cheap barat*s\"]\nrules: []\n"),
            "partner.yaml:3: the term “cheap barat*s” in `a` has a star inside a word; a star goes only at the start or the end of a word.")
    }

    func testAWordTwiceThroughAListInAContrastRuleIsNamed() {
        let yaml = """
            pack: en
            lists:
              ours: [ours, our ways]
            rules:
              - id: en.x
                category: othering
                severity: suggestion
                kind: contrast
                terms: [theirs]
                against: [$ours]
                joined-by: [not, our ways]
                message: { en: X }
                source: none
            """
        XCTAssertEqual(
            problem(yaml),
            "partner.yaml:11: rule en.x: “our ways” is in both `against` (through `$ours`) and `joined-by`; a term is one side, the other, or what joins them."
        )
    }

    func testAListIsNamedAloneAndOnceAndProblemsPointAtTheEntry() {
        let rule = { (near: String) in
            "pack: en\nlists:\n  nat: [syrians]\nrules:\n  - id: en.x\n    category: stereotype\n    severity: suggestion\n"
                + "    kind: contextual\n    terms: [lazy]\n    near:\n      - refugees\n" + near
                + "    message: { en: X }\n    source: none\n"
        }
        XCTAssertNil(problem(rule("      - $nat\n")))
        XCTAssertEqual(
            problem(rule("      - migrants\n      - $nats\n")),
            "partner.yaml:13: `near` names the list “$nats”, and its lists are nat.", "the entry's own line, not the list's")
        XCTAssertEqual(
            problem(rule("      - young $nat\n")),
            "partner.yaml:12: the term “young $nat” in `near`: a list is named alone in its entry, as `$name`, not inside a phrase.")
        XCTAssertEqual(problem(rule("      - $nat\n      - $nat\n")), "partner.yaml:13: `near` names the list “$nat” twice.")
        XCTAssertEqual(
            problem("pack: en\nlists:\n  Nat: [x]\nrules: []\n"),
            "partner.yaml:3: a list's name uses a-z, 0-9 and dashes, such as nationalities.")
    }

    func testAShortPackCannotNameALongListWithoutEnd() {
        // 2,000 words named by 30 rules: 60,000 terms from 40 KB of pack, past the limit of 50,000.
        let words = (0..<2000).map { "w\($0)x" }.joined(separator: ", ")
        let rules = (0..<30).map {
            "  - id: en.r\($0)\n    category: jargon\n    severity: suggestion\n    kind: contextual\n    terms: [t\($0)x]\n"
                + "    near: [$long]\n    message: { en: X }\n    source: none\n"
        }
        let yaml = "pack: en\nlists:\n  long: [\(words)]\nrules:\n" + rules.joined()
        XCTAssertEqual(
            problem(yaml),
            "partner.yaml:\(4 + 25 * 8 + 6): the lists this pack's rules name add up to more than 50000 terms; name long lists in fewer rules."
        )
    }

    func testAContrastRuleSpendsItsListsOnce() {
        // 2,000 words named by 13 contrast rules: 26,000 terms, well under the limit, read once each.
        let words = (0..<2000).map { "w\($0)x" }.joined(separator: ", ")
        let rules = (0..<13).map {
            "  - id: en.r\($0)\n    category: othering\n    severity: suggestion\n    kind: contrast\n    terms: [t\($0)x]\n"
                + "    against: [$long]\n    joined-by: [or]\n    message: { en: X }\n    source: none\n"
        }
        XCTAssertNil(problem("pack: en\nlists:\n  long: [\(words)]\nrules:\n" + rules.joined()))
    }
}
