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
            "partner.yaml:11: rule en.x: “our ways” is in both `against` and `joined-by`; a term is one side, the other, or what joins them."
        )
    }
}
