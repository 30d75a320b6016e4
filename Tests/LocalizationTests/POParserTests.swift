import Localization
import XCTest

final class POParserTests: XCTestCase {
    let sample = #"""
        # A translator's comment
        msgid ""
        msgstr ""
        "Language: fr\n"
        "Plural-Forms: nplurals=2; plural=(n > 1);\n"

        #, fuzzy
        msgctxt "greeting"
        msgid "Hello {name}"
        msgstr "Bonjour "
        "{name}"

        msgctxt "people"
        msgid "{count} person"
        msgid_plural "{count} people"
        msgstr[0] "{count} personne"
        msgstr[1] "{count} personnes"
        msgctxt "quote"
        msgid "Say \"yes\""
        msgstr "Dites « oui »\tmaintenant"
        """#

    func testReadsContextsPluralsContinuationsAndEscapes() throws {
        let catalog = try Catalog(po: sample, languageCode: "fr")
        XCTAssertEqual(catalog.text("greeting"), "Bonjour {name}")
        XCTAssertEqual(catalog.text("people", count: 0), "{count} personne")
        XCTAssertEqual(catalog.text("people", count: 2), "{count} personnes")
        XCTAssertEqual(catalog.entry("quote")?.id, #"Say "yes""#)
        XCTAssertEqual(catalog.text("quote"), "Dites « oui »\tmaintenant")
    }

    func testErrorsNameTheLine() {
        XCTAssertThrowsError(try POParser.parse("msgid \"a\"\nmsgstr \"b\nmsgid \"c\"\nmsgstr \"d\"")) { error in
            XCTAssertEqual((error as? CatalogError)?.line, 2)
        }
        XCTAssertThrowsError(try POParser.parse("msgid \"a\"\nmsgfoo \"b\"")) { error in
            XCTAssertEqual("\(error)", "line 2: unknown keyword 'msgfoo'")
        }
        XCTAssertThrowsError(try POParser.parse("msgid \"a\"\n\n")) { error in
            XCTAssertEqual((error as? CatalogError)?.reason, "entry has no msgstr")
        }
        XCTAssertThrowsError(try POParser.parse("msgid \"a\"\nmsgstr[0] \"x\"\nmsgstr[2] \"z\""))
        XCTAssertThrowsError(try POParser.parse("msgid \"bad \\q escape\"\nmsgstr \"\""))
    }

    func testWrongNumberOfPluralFormsIsCaught() {
        let text =
            "msgid \"\"\nmsgstr \"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n\nmsgid \"a\"\nmsgid_plural \"b\"\nmsgstr[0] \"x\"\n"
        XCTAssertThrowsError(try Catalog(po: text, languageCode: "xx")) { error in
            XCTAssertTrue("\(error)".contains("has 1 plural forms; this language has 2"), "\(error)")
        }
    }

    func testLocalizerFallsBackToTheSourceText() throws {
        let source = try Catalog(po: "msgctxt \"k\"\nmsgid \"Hello {name}\"\nmsgstr \"\"\n", languageCode: "en")
        let empty = Catalog(languageCode: "fr", pluralRule: .english, entries: [])
        let t = Localizer(language: .french, catalog: empty, source: source)
        XCTAssertEqual(t("k", ["name": "Amal"]), "Hello Amal")
        XCTAssertEqual(t("unknown-key"), "unknown-key")
    }
}

final class BidiIsolationTests: XCTestCase {
    func testValuesInRightToLeftTextAreIsolated() throws {
        let source = try Catalog(po: "msgctxt \"k\"\nmsgid \"Hello {name}.\"\nmsgstr \"\"\n", languageCode: "en")
        let arabic = Catalog(
            languageCode: "ar", pluralRule: .english, entries: [POEntry(context: "k", id: "Hello {name}.", translations: ["مرحبًا {name}."])]
        )
        XCTAssertEqual(
            Localizer(language: .arabic, catalog: arabic, source: source)("k", ["name": "Rania"]), "مرحبًا \u{2068}Rania\u{2069}.")
        XCTAssertEqual(Localizer(language: .english, catalog: nil, source: source)("k", ["name": "Rania"]), "Hello Rania.")
    }
}
