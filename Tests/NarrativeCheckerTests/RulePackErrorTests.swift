import Foundation
import XCTest

@testable import NarrativeChecker

/// A broken pack says what to fix and where; the built-in packs keep working.
final class RulePackErrorTests: XCTestCase {
    func problem(_ yaml: String) -> RulePackError? {
        do {
            _ = try RulePack.parse(yaml: yaml, file: "partner.yaml")
            return nil
        } catch {
            return error
        }
    }

    func testAMisspeltKeyIsNamedNotIgnored() {
        XCTAssertEqual(
            problem(
                "pack: en\nrules:\n  - id: en.x\n    category: jargon\n    severity: error\n    terms: [x]\n    migration_only: true\n")?
                .description,
            "partner.yaml:7: a rule: unknown key `migration_only`; the keys are id, category, severity, kind, terms, suggestions, "
                + "message, source, window, near, except, migration-only, context-sentences, against, joined-by, examples.")
        XCTAssertEqual(
            problem("pack: en\npeople: [migrant*]\nrule: []\n")?.description,
            "partner.yaml:3: the pack: unknown key `rule`; the keys are pack, name, lists, people, everyone, migration, mentions, reports, endorsements, negations, negations-after, disable, rules, strengths."
        )
    }

    func testBrokenYAMLNamesTheLine() {
        let error = problem("pack: en\nrules:\n  - id: en.x\n    terms: [a, b\n")
        XCTAssertEqual(error?.file, "partner.yaml")
        XCTAssertNotNil(error?.line)
        XCTAssertTrue(error?.description.hasPrefix("partner.yaml:") == true, error?.description ?? "")
    }

    func testMistakesInARuleNameTheirLineAndWhatToFix() {
        let rule = { (lines: String) in "pack: en\nrules:\n  - id: en.x\n" + lines }
        let base = "    severity: error\n    terms: [x]\n    message: { en: X }\n    source: none\n"
        XCTAssertEqual(
            problem(rule("    category: dehumanizing\n" + base))?.description, "partner.yaml:4: rule en.x: unknown category “dehumanizing”."
        )
        XCTAssertEqual(
            problem(rule("    category: length\n" + base))?.description,
            "partner.yaml:4: rule en.x: the checker computes “length” itself; packs cannot add to it.")
        XCTAssertEqual(
            problem(rule("    category: jargon\n    severity: error\n    terms: [x]\n    message: { en: X }\n"))?.description,
            "partner.yaml:3: rule en.x: `source` is missing (write `source: none` when there is no published source).")
        XCTAssertEqual(
            problem("pack: en\nrules:\n  - id: en.x\n    category: jargon\n" + base + "  - id: en.x\n    category: jargon\n" + base)?
                .description, "partner.yaml:9: the rule id en.x is used twice.")
        XCTAssertEqual(problem("pack: english\n")?.description, "partner.yaml:1: `pack` must be a language code such as en, fr or ar.")
        XCTAssertEqual(problem("")?.description, "partner.yaml: the file is empty.")
        XCTAssertEqual(
            problem(
                rule(
                    "    category: jargon\n    severity: error\n    terms: [\"cheap barat*s\"]\n    message: { en: X }\n    source: none\n")
            )?
            .description,
            "partner.yaml:6: the term “cheap barat*s” in `terms` has a star inside a word; a star goes only at the start or the end of a word."
        )
        // A lone star used to be dropped: "all * want is" matched "all want is" and nothing else.
        XCTAssertEqual(
            problem(
                rule(
                    "    category: jargon\n    severity: error\n    terms: [\"all * want is\"]\n    message: { en: X }\n    source: none\n")
            )?
            .description,
            "partner.yaml:6: the term “all * want is” in `terms` has a star standing alone; a star goes at the start or the end of a word, and a term cannot skip a word: write each phrase it should match."
        )
        // A passage pasted as a term is refused with its length, not cut short or matched slowly.
        let passage = Array(repeating: "word", count: 33).joined(separator: " ")
        XCTAssertEqual(
            problem(
                rule("    category: jargon\n    severity: error\n    terms: [\"\(passage)\"]\n    message: { en: X }\n    source: none\n"))?
                .description,
            "partner.yaml:6: the term “\(passage.prefix(60))…” in `terms` has 33 words; a term holds at most 32: a rule looks for phrases, not passages."
        )
        for written in ["all *, want is", "all\u{A0}*\u{A0}want is"] {
            let yaml = rule(
                "    category: jargon\n    severity: error\n    terms: [\"\(written)\"]\n    message: { en: X }\n    source: none\n")
            XCTAssertTrue(problem(yaml)?.description.contains("has a star") == true, written)
        }
        XCTAssertNil(
            problem(
                rule(
                    "    category: jargon\n    severity: error\n    terms: [\"invad*\", \"*welle\"]\n    message: { en: X }\n    source: none\n    examples: { flag: [invaders], pass: [hello] }\n"
                )))
    }

    func testAlternativesInBracesSayWhatIsWrong() {
        let term = { (text: String) in
            self.problem(
                "pack: fr\nrules:\n  - id: fr.x\n    category: othering\n    severity: suggestion\n    terms: [\"\(text)\"]\n    message: { en: X, fr: X }\n    source: none\n"
            )?.description
        }
        XCTAssertNil(term("{retourn*,rentr*} d où {ils,elles} viennent"))
        let standAlone = "braces hold one word's alternatives and stand alone: {go,went} gone, not go{es,ne} or {go went}."
        XCTAssertEqual(term("retour{ne,nent}"), "partner.yaml:6: the term “retour{ne,nent}” in `terms`: " + standAlone)
        XCTAssertEqual(term("{sont venus,viennent}"), "partner.yaml:6: the term “{sont venus,viennent}” in `terms`: " + standAlone)
        XCTAssertEqual(
            term("{retourn*,rent*r} chez eux"),
            "partner.yaml:6: the term “{retourn*,rent*r} chez eux” in `terms`: each alternative in braces is one word with letters, a star only at its start or end: {retourn*,rentr*}."
        )
        XCTAssertNotNil(term("{retournent,} chez eux"), "an empty alternative")
        XCTAssertNotNil(term("{{a,b},c}"), "nested braces")
        XCTAssertEqual(
            term("{qu'ils,eux} partent"),
            "partner.yaml:6: the term “{qu'ils,eux} partent” in `terms`: “qu'ils” is two words once its apostrophe or hyphen is read; an alternative in braces is one word: {ils,elles}."
        )
        XCTAssertEqual(
            term("{ils, elles} partent"),
            "partner.yaml:6: the term “{ils, elles} partent” in `terms`: no space after a comma inside braces: {ils,elles}, not {ils, elles}."
        )
    }

    func testAPartnerPackAddsReplacesAndDisablesRules() throws {
        let partner = try RulePack.parse(
            yaml: """
                pack: en
                disable: [en.test-flood]
                rules:
                  - id: en.test-illegal
                    category: dehumanising-term
                    severity: warning
                    terms: [illegals]
                    message: { en: "Local wording." }
                    source: none
                  - id: en.local-jargon
                    category: jargon
                    severity: suggestion
                    terms: [third country nationals]
                    message: { en: "Say “people from outside the EU”." }
                    source: none
                """, file: "partner.yaml")
        let checker = try Checker(packs: [try RulePack.parse(yaml: TestPack.yaml, file: "test.yaml"), partner])
        let report = checker.check("A flood of migrants, illegals and third country nationals.", options: .init(language: "en"))
        XCTAssertEqual(report.findings.map(\.rule), ["en.test-illegal", "en.local-jargon"])
        XCTAssertEqual(report.findings.first?.severity, .warning, "the partner's version replaces the built-in one")
    }

    func testAFileThatIsNotTextIsRefused() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("binary-\(UUID().uuidString).yaml")
        try Data([0xFF, 0xFE, 0x00, 0x01]).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        XCTAssertThrowsError(try RulePack.load(contentsOf: url)) {
            XCTAssertEqual(($0 as? RulePackError)?.problem, "the file is not UTF-8 text.")
        }
    }
}

extension RulePackErrorTests {
    func testAnAliasThatRefersToItselfIsRefusedNotFollowed() {
        let error = problem("pack: en\npeople: &p [a, *p]\nrules: []\n")
        XCTAssertEqual(error?.line, 2)
        XCTAssertTrue(error?.problem.contains("not valid YAML") == true, error?.description ?? "")
    }
}
