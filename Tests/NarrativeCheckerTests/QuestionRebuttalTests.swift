import XCTest

@testable import NarrativeChecker

/// A question answered by a rebuttal in the next sentence ("Locals first? No: homes for everyone who
/// lives here.") is read with its answer: the rule's exceptions count there too.
final class QuestionRebuttalTests: XCTestCase {
    let yaml = """
        pack: en
        people: [migrant*, newcomer*]
        rules:
          - id: en.x-locals-first
            category: othering
            severity: suggestion
            terms: [locals first]
            except: ["homes for everyone", "everyone who lives here"]
            window: 6
            message: { en: X }
            source: none
        """

    func testTheAnswerToAQuestionCanClearIt() throws {
        XCTAssertEqual(try TestPack.rules("Locals first? No: homes for everyone who lives here.", yaml: yaml), [])
        XCTAssertEqual(try TestPack.rules("Locals first? Never, we want homes for everyone, newcomers included.", yaml: yaml), [])
    }

    func testOnlyTheAnswerIsRead() throws {
        XCTAssertEqual(
            try TestPack.rules("Locals first! Homes for everyone can wait.", yaml: yaml), ["en.x-locals-first"], "not a question")
        XCTAssertEqual(try TestPack.rules("Locals first? Yes, and newcomers can wait.", yaml: yaml), ["en.x-locals-first"])
        XCTAssertEqual(
            try TestPack.rules("Locals first? Yes. We will see. Homes for everyone is a dream.", yaml: yaml), ["en.x-locals-first"],
            "two sentences later is no longer the answer")
    }

    func testArabicQuestionMarkAsksToo() throws {
        let arabic = """
            pack: ar
            rules:
              - id: ar.x-awla
                category: othering
                severity: suggestion
                terms: [ولاد البلد أولى]
                except: ["كل من يعيش هنا"]
                window: 8
                message: { en: X, ar: X }
                source: none
            """
        let checker = try Checker(packs: [try RulePack.parse(yaml: arabic, file: "test.yaml")])
        let rules = { (text: String) in checker.check(text, options: .init(language: "ar")).findings.map(\.rule) }
        XCTAssertEqual(rules("ولاد البلد أولى؟ لا، الشغل لكل من يعيش هنا."), [])
        XCTAssertEqual(rules("ولاد البلد أولى. الشغل لكل من يعيش هنا بعدين."), ["ar.x-awla"])
    }
}
