import XCTest

@testable import NarrativeChecker

/// Decision 0015: a quoted label that someone else said, next to words that undo it, is reported and
/// rejected — no finding — unless the writer sides with the speaker.
final class ReportedAndRejectedTests: XCTestCase {
    private let yaml = """
        pack: en
        people: [migrant*, famil*]
        reports: [leaflet, "{called,described} them", headline]
        rejections: ["{was,were} withdrawn", "is wrong", apologised]
        endorsements: [he is right, censorship, exactly what they are, so called]
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

    func testAQuotedLabelReportedAndRejectedIsNoFinding() throws {
        XCTAssertEqual(try rules("The leaflet called the families “illegals”. It was withdrawn the same day."), [])
        XCTAssertEqual(try rules("The councillor described them as 'illegals' and later apologised."), [])
    }

    func testReportOrRejectionAloneKeepsTheFinding() throws {
        XCTAssertEqual(
            try rules("The leaflet called the families “illegals”. Many read it."), ["en.test-illegals"], "reported, not rejected")
        XCTAssertEqual(try rules("“Illegals” is wrong? Not in my street."), ["en.test-illegals"], "no one else's words")
        XCTAssertEqual(try rules("The leaflet called the families illegals. It was withdrawn."), ["en.test-illegals"], "not quoted: used")
    }

    func testWordsInsideTheQuotationDoNotCount() throws {
        XCTAssertEqual(
            try rules("A post read “the leaflet is wrong, illegals out” and stayed up for days."), ["en.test-illegals"],
            "the report and the rejection are the speaker's own words")
        XCTAssertEqual(
            try rules("Our leaflet: “illegals”. Their reply: “the leaflet is wrong”. We stand by it."), ["en.test-illegals"],
            "a rejection in another quotation is someone else's, not the writer's")
    }

    func testAnEndorsementCountsWithinTwoSentencesOnly() throws {
        XCTAssertEqual(
            try rules("The leaflet called them “illegals”. It was withdrawn. We met at noon. The bus was late. Censorship is a word."),
            [], "the endorsement three sentences away is about something else")
    }

    func testAPartnerPackAddsToTheLists() throws {
        let partner = """
            pack: en
            name: Partner
            reports: [flyer]
            rejections: [binned]
            """
        let text = "A flyer called the families “illegals”. The shop binned the lot."
        XCTAssertEqual(try rules(text, partner: partner), [])
        XCTAssertEqual(try rules(text), ["en.test-illegals"], "without the partner's words, nothing rejects the label")
    }

    func testAWriterSidingWithTheSpeakerKeepsTheFinding() throws {
        XCTAssertEqual(
            try rules("The leaflet called them “illegals”. It was withdrawn. Censorship!"), ["en.test-illegals"])
        XCTAssertEqual(
            try rules("The leaflet called them “illegals” and it was withdrawn, but he is right."), ["en.test-illegals"])
    }

    func testTheWordsMustBeNearTheQuotation() throws {
        XCTAssertEqual(
            try rules("The leaflet called them “illegals”. We met at noon. The bus was late. It was withdrawn."), ["en.test-illegals"],
            "the rejection three sentences away is about something else")
    }

    func testWordsOfTheMatchOutsideTheQuotationMarksAreTheWriters() throws {
        XCTAssertEqual(try rules("The leaflet called them the “illegals”. It was withdrawn."), [], "“the” is outside, the label inside")
        XCTAssertEqual(
            try rules("So-called “illegals”, the leaflet said. It was withdrawn."), ["en.test-illegals"],
            "the scare quotes' “so-called” is the writer's own and sides with the label")
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

    func testADenialInAQuestionOrInSomeoneElsesWordsIsNotTheWriters() throws {
        XCTAssertEqual(try rules("If they are not “illegals”, what are they?"), ["en.test-illegals"])
        XCTAssertEqual(
            try rules("The leaflet says they are not “illegals”. Pull the other one."), ["en.test-illegals"],
            "a denial after someone else's words is theirs: reported, and nothing the writer says rejects the label")
        XCTAssertEqual(try rules("They are not “illegals”. Are they welcome?"), [], "the question is another sentence")
        XCTAssertEqual(try rules("What? ?? They are not “illegals”."), [], "sentences with no words are not counted")
        XCTAssertEqual(
            try rules("They are not “illegals”, the leaflet says. Pull the other one."), ["en.test-illegals"],
            "someone else's words after the denial make it theirs too")
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
