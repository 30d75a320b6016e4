import XCTest

@testable import NarrativeChecker

/// Decision 0015 and its amendments: a quoted label that someone else said, or that the writer denies
/// in the same breath, is no finding — unless the writer sides with the speaker.
final class ReportedAndRejectedTests: XCTestCase {
    private let yaml = """
        pack: en
        people: [migrant*, famil*]
        reports: [leaflet, "{called,described} them", headline, called, says]
        endorsements: [he is right, censorship, exactly what they are, pull the other one]
        mentions: [apologised for calling]
        negations: ["{are,is} not", there is no]
        rules:
          - id: en.test-illegals
            category: dehumanising-term
            severity: error
            terms: [illegals, the illegals, so called illegals, invasion, illegal migrants]
            message: { en: "Say who people are." }
            source: none
        """

    private func rules(_ text: String, partner: String? = nil) throws -> [String] {
        var packs = [try RulePack.parse(yaml: yaml, file: "test.yaml")]
        if let partner { packs.append(try RulePack.parse(yaml: partner, file: "partner.yaml")) }
        return try Checker(packs: packs).check(text, options: .init(language: "en")).findings.map(\.rule)
    }

    func testAQuotedLabelSomeoneElseSaidIsNoFinding() throws {
        XCTAssertEqual(try rules("The leaflet called the families “illegals”. Many read it."), [])
        XCTAssertEqual(try rules("The councillor described them as 'illegals'."), [])
        XCTAssertEqual(try rules("“Illegals”, the headline shouted. The families read it on the bus."), [])
    }

    func testWithoutSomeoneElsesWordsTheLabelIsUsed() throws {
        XCTAssertEqual(try rules("“Illegals” is wrong? Not in my street."), ["en.test-illegals"], "no one else's words")
        XCTAssertEqual(try rules("The leaflet called the families illegals."), ["en.test-illegals"], "not quoted: used")
    }

    func testWordsInsideTheQuotationDoNotCount() throws {
        XCTAssertEqual(
            try rules("A post read “the leaflet says it: illegals out” and stayed up for days."), ["en.test-illegals"],
            "the report is the speaker's own words")
    }

    func testAReportWordInsideTheMatchIsTheWriters() throws {
        XCTAssertEqual(
            try rules("So-called “illegals” on the bus again."), ["en.test-illegals"], "the “called” of “so-called” reports nothing")
        XCTAssertEqual(try rules("The leaflet called them the “illegals”."), [], "“the” is outside, the label inside")
    }

    func testAPartnerPackAddsToTheLists() throws {
        let partner = """
            pack: en
            name: Partner
            reports: [flyer]
            endorsements: [good on him]
            """
        let text = "A flyer had “illegals” on it in big letters. The shop binned the lot."
        XCTAssertEqual(try rules(text, partner: partner), [])
        XCTAssertEqual(try rules(text), ["en.test-illegals"], "without the partner's words, nothing says whose the label is")
        XCTAssertEqual(try rules("The leaflet called them “illegals”. Good on him.", partner: partner), ["en.test-illegals"])
    }

    func testTheRetiredRejectionsListIsRefusedWithItsLine() {
        let pack = "pack: en\nreports: [said]\nrejections: [was withdrawn]\n"
        XCTAssertThrowsError(try RulePack.parse(yaml: pack, file: "old.yaml")) { error in
            let message = "\(error)"
            XCTAssertTrue(message.hasPrefix("old.yaml:3: "), message)
            XCTAssertTrue(message.contains("`rejections` is no longer read"), message)
        }
    }

    func testAWriterSidingWithTheSpeakerKeepsTheFinding() throws {
        XCTAssertEqual(try rules("The leaflet called them “illegals”. It was withdrawn. Censorship!"), ["en.test-illegals"])
        XCTAssertEqual(try rules("The leaflet called them “illegals”, and he is right."), ["en.test-illegals"])
    }

    func testAReportInTheSentenceBeforeOrAfterCountsButNotTwoAway() throws {
        XCTAssertEqual(try rules("“Illegals” out. The leaflet said so."), [])
        XCTAssertEqual(try rules("The leaflet had one word. “Illegals” out."), [])
        XCTAssertEqual(try rules("“Illegals” out. We met. The leaflet said so."), ["en.test-illegals"])
    }

    func testAnEndorsementTwoSentencesAwayCountsButNotThree() throws {
        XCTAssertEqual(try rules("The leaflet called them “illegals”. We met. He is right."), ["en.test-illegals"])
        XCTAssertEqual(try rules("The leaflet called them “illegals”. We met. The bus came. He is right."), [])
    }

    func testABareReportWordAnywhereNearCountsAKnownLimit() throws {
        XCTAssertEqual(
            try rules("Our “illegals” are here to stay, whatever the paper says."), [],
            "decision 0015's second amendment: “says” of something else still makes the label reported")
    }

    func testAWriterSidingWithTheSpeakerUndoesADiscussionToo() throws {
        XCTAssertEqual(try rules("The paper apologised for calling them “illegals”."), [])
        XCTAssertEqual(
            try rules("The paper apologised for calling them “illegals”, which is exactly what they are."), ["en.test-illegals"])
    }

    func testALabelDeniedRightBeforeItIsNoFinding() throws {
        XCTAssertEqual(try rules("Fact check: no, the families are not “illegals”. Seeking asylum is a right."), [])
        XCTAssertEqual(try rules("There is no 'invasion': 300 people arrived in August."), [])
    }

    func testADenialMustStandRightBesideTheQuotation() throws {
        XCTAssertEqual(
            try rules("We welcome refugees, not “illegals”."), ["en.test-illegals"],
            "a bare contrast is not in the pack's negations: it also says who is unwelcome")
        XCTAssertEqual(
            try rules("They are not welcome, these “illegals”."), ["en.test-illegals"], "the denial is about something else")
        XCTAssertEqual(try rules("Are they welcome? They are not. “Illegals” out!"), ["en.test-illegals"], "another sentence")
        XCTAssertEqual(
            try rules("The families are not illegal “migrants”."), ["en.test-illegals"],
            "the writer says “illegal” unquoted: the denial is not of a quotation")
        XCTAssertEqual(
            try rules("Families are not “migrants” but “illegals”."), ["en.test-illegals"], "the denied quotation is the other one")
        XCTAssertEqual(try rules("The families are not illegals."), ["en.test-illegals"], "not quoted: no label held up")
    }

    func testAnEndorsementUndoesADenialToo() throws {
        XCTAssertEqual(
            try rules("The fact-checkers say they are not “illegals”. Censorship, that is exactly what they are."),
            ["en.test-illegals"])
    }

    func testADenialAfterTheQuotationCountsOnlyFromItsOwnList() throws {
        let turkish = """
            pack: tr
            negations-after: [değil, diye bir şey yok]
            rules:
              - id: tr.test-kacak
                category: dehumanising-term
                severity: error
                terms: [kaçak göçmen, kaçak]
                message: { en: "Say who people are.", tr: "İnsanları kim olduklarıyla anın." }
                source: none
            """
        let checker = try Checker(packs: [try RulePack.parse(yaml: turkish, file: "tr.yaml")])
        func rules(_ text: String) -> [String] { checker.check(text, options: .init(language: "tr")).findings.map(\.rule) }
        XCTAssertEqual(rules("‘Kaçak göçmen’ değil, düzensiz göçmen."), [])
        XCTAssertEqual(rules("Hukukta ‘kaçak mülteci’ diye bir şey yok."), [])
        XCTAssertEqual(rules("Bunlar mülteci değil ‘kaçak’."), ["tr.test-kacak"], "değil before the quotation is a contrast")
        XCTAssertEqual(rules("Bunlar ‘kaçak göçmen’ değil mi?"), ["tr.test-kacak"], "a question affirms")
        XCTAssertEqual(rules("Hepsi ‘kaçak’. Değil mi, arkadaşlar"), ["tr.test-kacak"], "değil starts another sentence")
        XCTAssertEqual(rules("Bunlar ‘kaçak’ göçmen değil."), ["tr.test-kacak"], "the denial follows an unquoted word")
    }

    func testADenialInAQuestionIsNotTheWriters() throws {
        XCTAssertEqual(try rules("If they are not “illegals”, what are they?"), ["en.test-illegals"])
        XCTAssertEqual(try rules("They are not “illegals”. Are they welcome?"), [], "the question is another sentence")
        XCTAssertEqual(try rules("What? ?? They are not “illegals”."), [], "sentences with no words are not counted")
    }

    func testADenialInSomeoneElsesWordsIsReportedAndAnEndorsementUndoesIt() throws {
        XCTAssertEqual(try rules("The leaflet says they are not “illegals”. Good."), [])
        XCTAssertEqual(try rules("The leaflet says they are not “illegals”. Pull the other one."), ["en.test-illegals"])
        XCTAssertEqual(try rules("They are not “illegals”, the leaflet says. Pull the other one."), ["en.test-illegals"])
    }

    func testAPartnerPackAddsDenials() throws {
        let partner = """
            pack: en
            name: Partner
            negations: [are hardly]
            """
        let text = "The families are hardly “illegals”."
        XCTAssertEqual(try rules(text, partner: partner), [])
        XCTAssertEqual(try rules(text), ["en.test-illegals"])
    }

    func testADenialLongerThanTheEngineLooksIsRefused() {
        let pack = """
            pack: en
            negations-after: [one two three four five six seven eight nine]
            """
        XCTAssertThrowsError(try RulePack.parse(yaml: pack, file: "long.yaml")) { error in
            XCTAssertTrue("\(error)".contains("has 9 words; a denial beside a quotation has at most 8"), "\(error)")
        }
        XCTAssertNoThrow(try RulePack.parse(yaml: "pack: en\nnegations: [one two three four five six seven eight]", file: "eight.yaml"))
    }
}
