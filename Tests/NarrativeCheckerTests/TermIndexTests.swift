import XCTest

@testable import NarrativeChecker

/// The term index on the shapes its flat layout treats apart: a bucket of one term, buckets whose
/// terms share their first word (reached through an Arabic word's other forms too), a term that
/// starts with a figure, stems, and an index with no terms at all.
final class TermIndexTests: XCTestCase {
    /// Every match in `text` as "payload@first..<end", by first word and payload: the order of the
    /// matches at one word is the index's own (the checker sorts its findings).
    private func matches(_ terms: [String], in text: String) -> [String] {
        let index = TermIndex(terms.enumerated().map { (Term($0.element)!, $0.offset) })
        let cut = Tokenizer.tokenize(text)
        var found: [(start: Int, payload: Int, end: Int)] = []
        cut.withWords { words in index.forEachMatch(in: words) { payload, start, end in found.append((start, payload, end)) } }
        return found.sorted { ($0.start, $0.payload) < ($1.start, $1.payload) }.map { "\($0.payload)@\($0.start)..<\($0.end)" }
    }

    func testTermsSharingTheirFirstWordAreEachChecked() {
        let terms = ["our jobs", "our homes", "our", "their homes"]
        XCTAssertEqual(matches(terms, in: "They want our homes and our jobs"), ["1@2..<4", "2@2..<3", "0@5..<7", "2@5..<6"])
        XCTAssertEqual(matches(terms, in: "Their homes"), ["3@0..<2"], "a bucket of one term")
        XCTAssertEqual(matches(terms, in: "our home"), ["2@0..<1"], "the shared first word matches, the second words are each compared")
    }

    /// A term is turned away by its second word's hash without its words being read: only when the
    /// draft's next word has no other forms, the second word is one exact word, and the term starts
    /// with its bucket's word.
    func testTermsTurnedAwayByTheirSecondWordAreStillFoundWhenTheyMatch() {
        let terms = ["{the,a} illegals", "the invaders", "the {x,y} z", "the # illegals", "the", "the invad*"]
        XCTAssertEqual(matches(terms, in: "the illegals"), ["0@0..<2", "4@0..<1"])
        XCTAssertEqual(matches(terms, in: "a illegals"), ["0@0..<2"], "an alternative first word, in a bucket it does not lead")
        XCTAssertEqual(matches(terms, in: "the invaders"), ["1@0..<2", "4@0..<1", "5@0..<2"])
        XCTAssertEqual(matches(terms, in: "the y z"), ["2@0..<3", "4@0..<1"], "a second word in braces is compared, not hashed")
        XCTAssertEqual(matches(terms, in: "the 40 illegals"), ["3@0..<3", "4@0..<1"], "a figure as second word")
        XCTAssertEqual(matches(terms, in: "the invading army"), ["4@0..<1", "5@0..<2"], "a stem as second word")
        XCTAssertEqual(matches(terms, in: "then illegals"), [], "the bucket's word must match before any term does")
        // والمهاجرين has other forms: its hash alone would turn the second word away.
        let arabic = ["هؤلاء مهاجرين", "هؤلاء الناس"]
        XCTAssertEqual(matches(arabic, in: "هؤلاء والمهاجرين"), ["0@0..<2"])
    }

    /// A stem shorter than a stem key (`*li`, `*és`) leads a term like any other: it used to match
    /// only a word as short as itself.
    func testATermLedByAShortStemMatchesLongerWords() {
        let terms = ["*li olsun", "*és", "{go*,ki*}", "die *li"]
        XCTAssertEqual(matches(terms, in: "Kayserili olsun"), ["0@0..<2"])
        XCTAssertEqual(matches(terms, in: "ils sont logés"), ["1@2..<3"])
        XCTAssertEqual(matches(terms, in: "kind words, going home"), ["2@0..<1", "2@2..<3"])
        XCTAssertEqual(matches(terms, in: "die Kayserili"), ["3@0..<2"], "a short stem after the first word was always compared")
        XCTAssertEqual(matches(terms, in: "lo sono"), [], "the stem must end (or begin) the word")
        XCTAssertEqual(matches(["{*li,kayserili} olsun"], in: "Kayserili olsun"), ["0@0..<2"], "offered with a whole word: found once")
    }

    /// A term whose second word is a choice of exact words is listed once per spelling: found by
    /// whichever spelling the draft has, and once, also when the draft's next word has other forms
    /// and every listing is read.
    func testASecondWordWrittenSeveralWaysIsFoundOnce() {
        let terms = ["the {invaders,intruders,newcomers} came", "the {invaders,invading*} army", "the invaders"]
        XCTAssertEqual(matches(terms, in: "the intruders came"), ["0@0..<3"])
        XCTAssertEqual(matches(terms, in: "the invaders came"), ["0@0..<3", "2@0..<2"])
        XCTAssertEqual(matches(terms, in: "the invading army"), ["1@0..<3"], "a stem among the choices: compared, not hashed")
        XCTAssertEqual(matches(terms, in: "the settlers came"), [])
        let arabic = ["هؤلاء {مهاجرين,لاجئين,الغرباء}", "هؤلاء {مهاجرين,لاجئين} جدد"]
        XCTAssertEqual(matches(arabic, in: "هؤلاء والمهاجرين"), ["0@0..<2"], "the next word has other forms: read once")
        XCTAssertEqual(matches(arabic, in: "هؤلاء لاجئين جدد"), ["0@0..<2", "1@0..<3"])
    }

    func testATermFoundUnquotedIsNotUndoneByALongerOneRunningIntoAQuotation() {
        let index = TermIndex(["the leaflet", "the leaflet said"].map { (Term($0)!, ()) })
        let cut = Tokenizer.tokenize("Then the leaflet “said nothing” at all.")
        cut.withWords { words in
            XCTAssertTrue(index.occurs(in: words, 0..<words.count, unquoted: true), "“the leaflet” stands outside the quotation")
            XCTAssertTrue(index.occurs(in: words, 0..<words.count))
        }
        let quoted = Tokenizer.tokenize("Then “the leaflet said” it.")
        quoted.withWords { words in XCTAssertFalse(index.occurs(in: words, 0..<words.count, unquoted: true)) }
    }

    func testAnArabicWordMatchesThroughItsFormWithoutClitics() {
        // والمهاجرين: the conjunction and the article are cut off in the word's other forms.
        let terms = ["مهاجرين غير شرعيين", "مهاجرين جدد"]
        XCTAssertEqual(matches(terms, in: "والمهاجرين غير الشرعيين"), ["0@0..<3"])
        XCTAssertEqual(matches(terms, in: "المهاجرين الجدد"), ["1@0..<2"])
    }

    func testFiguresAndStems() {
        let terms = ["# illegals", "invad*", "*welle"]
        XCTAssertEqual(matches(terms, in: "23 illegals, 1,200 illegals"), ["0@0..<2", "0@2..<4"])
        XCTAssertEqual(matches(terms, in: "devoluciones illegals"), [], "a figure term needs a figure")
        XCTAssertEqual(matches(terms, in: "Invaders and a Flüchtlingswelle"), ["1@0..<1", "2@3..<4"])
        XCTAssertEqual(matches(terms, in: "inva welle"), ["2@1..<2"], "a stem is matched whole: “inva” is not “invad”")
    }

    func testManyExactAlternativesAreFoundWhereverTheyAreWritten() {
        // Exact alternatives are kept sorted by hash and searched; stems are still compared one by one.
        let cities = "{glaswegians,londoners,mancunians,scousers,brummies,geordies,dubliners,parisians,romans,viennese,berlin*}"
        let terms = ["the \(cities) first", "\(cities) only"]
        for city in ["Glaswegians", "Parisians", "Viennese", "Berliners"] {
            XCTAssertEqual(matches(terms, in: "the \(city) first"), ["0@0..<3"], city)
        }
        XCTAssertEqual(matches(terms, in: "Romans only"), ["1@0..<2"], "an alternative as the term's first word")
        XCTAssertEqual(matches(terms, in: "the Lisboetas first, the Roman first"), [], "no alternative, and no stem of an exact word")
        // "d'abord" is two words once its elision is split; the city's people among exact alternatives.
        XCTAssertEqual(matches(["les {lyonnais,parisiens,aquilani} d abord"], in: "les Parisiens d'abord"), ["0@0..<4"])
    }

    func testAlternativesMatchAnyOfTheirWordsWhereTheTermStands() {
        let terms = ["{retourn*,rentr*} d où {ils,elles} viennent", "ils {doivent,devront} {*adapter,partir}"]
        XCTAssertEqual(matches(terms, in: "Qu'ils retournent d'où ils viennent"), ["0@2..<7"])
        XCTAssertEqual(matches(terms, in: "rentrer d'où elles viennent"), ["0@0..<5"])
        XCTAssertEqual(matches(terms, in: "partir d'où ils viennent"), [], "no alternative matches the first word")
        XCTAssertEqual(matches(terms, in: "ils devront s'adapter"), [], "“s” stands between")
        XCTAssertEqual(matches(terms, in: "ils doivent partir, ils devront sadapter"), ["1@0..<3", "1@3..<6"])
    }

    func testAlternativesWithOneStemKeyAreTriedOncePerWord() {
        // "ivorer*" and "ivorianer*" share their first three letters, so one bucket: one match, not two.
        XCTAssertEqual(matches(["{ivorer*,ivorianer*} {sind,san}"], in: "Ivorianer sind"), ["0@0..<2"])
        XCTAssertEqual(matches(["{papierdeutsche*,papierlischweizer*}"], in: "Papierlischweizer"), ["0@0..<1"])
    }

    func testAnIndexWithoutTermsFindsNothing() {
        XCTAssertEqual(matches([], in: "Anything at all, 23 words"), [])
    }
}
