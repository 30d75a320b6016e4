import XCTest

@testable import NarrativeChecker

/// A word held up for discussion is not a word used; reported speech is still reported.
final class QuotationTests: XCTestCase {
    func testATermDiscussedAsAWordIsNotAFinding() throws {
        let checker = try TestPack.checker()
        let discussed = checker.check(
            "Why we stopped writing “illegals”: the word describes an act, not a person.", options: .init(language: "en"))
        XCTAssertEqual(discussed.findings, [])
        let nextSentence = checker.check("“Illegals”? That term is wrong.", options: .init(language: "en"))
        XCTAssertEqual(nextSentence.findings, [], "a word about words in the next sentence counts too")
        let shortLabel = checker.check(
            "A candidate described the families as 'a flood of migrants'. Neighbours said the word fits nobody they know.",
            options: .init(language: "en"))
        XCTAssertEqual(
            shortLabel.findings.map(\.rule), ["en.test-flood"], "four words held up by a bare word about words are a phrase used")
        let slogan4 = checker.check(
            "Why we stopped writing 'a flood of migrants' in our leaflets.", options: .init(language: "en"))
        XCTAssertEqual(slogan4.findings, [], "up to eight words held up by a phrase that rejects them are discussed")
        let owned = checker.check("“Send the illegals back home now” — my words.", options: .init(language: "en"))
        XCTAssertEqual(owned.findings.map(\.rule), ["en.test-illegal"], "a bare word about words does not hold up a sentence")
        let phrase = checker.check(
            "A candidate said 'they come in a flood of migrants every single night now'. Neighbours said the word fits nobody.",
            options: .init(language: "en"))
        XCTAssertEqual(phrase.findings.map(\.rule), ["en.test-flood"], "eleven words are a sentence used, not a label")
        let label = checker.check(
            "A candidate described the new families as 'a flood'. Neighbours said the word fits nobody they know.",
            options: .init(language: "en"))
        XCTAssertEqual(label.findings, [], "a term inside a short quotation held up as a word is discussed")
        let threeWords = checker.check(
            "He called the families 'a real flood'. Neighbours said the word fits nobody they know.", options: .init(language: "en"))
        XCTAssertEqual(threeWords.findings, [], "three words are still a label")
        let speech = checker.check(
            "A banner read “We are full. Families flood in.” The word was painted over.", options: .init(language: "en"))
        XCTAssertEqual(speech.findings.map(\.rule), ["en.test-flood"], "a quotation of two sentences is speech, not a label")
    }

    func testALabelQuotedOnlyAtTheEndOfATermIsDiscussedToo() throws {
        let yaml = """
            pack: en
            people: [migrant*]
            mentions: [condemned for]
            rules:
              - id: en.test-as-illegals
                category: dehumanising-term
                severity: error
                terms: [as illegals]
                message: { en: "Say who people are." }
                source: none
            """
        let checker = try Checker(packs: [try RulePack.parse(yaml: yaml, file: "test.yaml")])
        let condemned = checker.check("The mayor was condemned for describing them as 'illegals'.", options: .init(language: "en"))
        XCTAssertEqual(condemned.findings, [], "“as” is not quoted, the label is")
        let described = checker.check("The mayor described them as 'illegals'.", options: .init(language: "en"))
        XCTAssertEqual(described.findings.map(\.rule), ["en.test-as-illegals"], "no word about words: reported, and flagged")
        XCTAssertEqual(described.findings.map(\.severity), [.warning], "reported one step gentler, as the label is quoted")
        XCTAssertEqual(described.findings.map(\.isQuoted), [true])
    }

    func testReportedSpeechStaysAFindingOneStepGentler() throws {
        let checker = try TestPack.checker()
        let reported = checker.check("The councillor called the families “illegals” on air.", options: .init(language: "en"))
        XCTAssertEqual(reported.findings.map(\.severity), [.warning], "no word about words: the label is reported, and flagged")
        let partOfQuote = checker.check(
            "“Send the illegals home, every last one of them, tonight,” he said, and the word stuck.", options: .init(language: "en"))
        XCTAssertEqual(partOfQuote.findings.map(\.rule), ["en.test-illegal"], "the term is inside a longer quotation: used, not discussed")
        let slogan = checker.check(
            "Why we stopped writing the slogan “no more illegals in our town”: it stuck.", options: .init(language: "en"))
        XCTAssertEqual(slogan.findings.map(\.rule), [], "a slogan of eight words at most, held up to be discussed")
        let farAway = checker.check(
            "He called them “illegals”. We were shocked. We left. The word stuck.", options: .init(language: "en"))
        XCTAssertEqual(farAway.findings.count, 1, "a word about words three sentences later is too far")
    }

    func testAQuotedSuggestionIsNoFinding() throws {
        let checker = try Checker.standard(languages: ["en"])
        let said = checker.check("They will never be one of us, whatever their passport says.", options: .init(language: "en"))
        XCTAssertEqual(said.findings.map(\.severity), [.suggestion])
        let reported = checker.check(
            "A placard outside the ceremony read “They will never be one of us.” Inside, 180 people became citizens.",
            options: .init(language: "en"))
        XCTAssertEqual(reported.findings, [], "a suggestion has no gentler step: quoted, it is reported speech and no finding")
        let scare = checker.check("They will never be “one of us”, passport or no passport.", options: .init(language: "en"))
        XCTAssertEqual(scare.findings.map(\.severity), [.suggestion], "quotation marks on part of the phrase: still a finding")
        let slur = checker.check("A placard read “Send the illegals home, every last one of them, now.”", options: .init(language: "en"))
        XCTAssertEqual(
            slur.findings.filter { $0.category == .dehumanisingTerm }.map(\.severity), [.warning], "an error quoted is still a warning")
    }

    func testSingleQuotationMarksQuoteButApostrophesDoNot() throws {
        let checker = try TestPack.checker()
        let english = Checker.Options(language: "en")
        XCTAssertEqual(
            checker.check("Why we stopped writing 'illegals': the word describes an act.", options: english).findings, [],
            "a word in straight single quotes is discussed, as in double ones")
        XCTAssertEqual(
            checker.check("Why we stopped writing \u{2018}illegals\u{2019} at all.", options: english).findings, [],
            "and in curly single quotes")
        XCTAssertEqual(
            checker.check("The councillor called the families 'illegals' on air.", options: english).findings.map(\.severity), [.warning],
            "reported speech in single quotes is one step gentler")
        XCTAssertEqual(
            checker.check("Don't say the families' neighbours are illegals.", options: english).findings.map(\.severity), [.error],
            "apostrophes open no quotation")
        XCTAssertEqual(
            checker.check("Rock 'n' roll fans said 'we can't' and the illegals were blamed.", options: english).findings.map(\.severity),
            [.error], "a quotation ends at its own closing mark")
        for elided in [
            "Since the '90s, illegals' jobs were blamed.", "\u{2019}Tis the season; the illegals\u{2019} children sing.",
            "'Cause the illegals' vans were parked outside.",
        ] {
            XCTAssertEqual(
                checker.check(elided, options: english).findings.map(\.severity), [.error],
                "an elided letter and a possessive make no quotation: \(elided)")
        }
        let cut = Tokenizer.tokenize("L'immigration et Türkiye'ye, 'un mot.' puis la suite")
        XCTAssertEqual(cut.tokens.filter(\.isQuoted).map(cut.key), ["un", "mot"])
        let german = Tokenizer.tokenize("Ein Flugblatt sprach von \u{201A}Asylanten\u{2018} und von \u{201A}Fremden' im Ort.")
        XCTAssertEqual(
            german.tokens.filter(\.isQuoted).map(german.key), ["asylanten", "fremden"],
            "the German low mark opens a quotation, closed by its own \u{2018} or by a typed apostrophe")
        let afterApostrophe = Tokenizer.tokenize("Das 'Heim ist \u{201A}voll\u{2018}.")
        XCTAssertEqual(
            afterApostrophe.tokens.filter(\.isQuoted).map(afterApostrophe.key), ["voll"],
            "a scan that found no closing ' before does not stop the low mark's search for its \u{2018}")
    }

    func testAFigureInATermMatchesAnyNumber() throws {
        let checker = try TestPack.checker()
        XCTAssertEqual(
            checker.check("Police stopped 23 illegal at the port.", options: .init(language: "en")).findings.map(\.text), ["23 illegal"])
        XCTAssertEqual(checker.check("Police stopped the illegal trade.", options: .init(language: "en")).findings, [])
        XCTAssertThrowsError(
            try RulePack.parse(
                yaml: """
                    pack: en
                    rules:
                      - id: en.only-a-number
                        category: jargon
                        severity: suggestion
                        terms: ["#"]
                        message: { en: M }
                        source: none
                    """, file: "numbers.yaml")
        ) { error in XCTAssertTrue("\(error)".contains("numbers.yaml"), "\(error)") }
    }

    func testAPercentSignBeforeTheFigureMakesAPercentage() {
        let cut = Tokenizer.tokenize("işgücünün %30'unu ve 45 %")
        XCTAssertEqual(cut.tokens.filter(\.isPercent).map(cut.key), ["30", "45"])
    }
}
