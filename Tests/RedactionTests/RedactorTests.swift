import XCTest

@testable import Redaction

final class RedactorTests: XCTestCase {
    static let redactor: Redactor = {
        do { return try Redactor.builtIn() } catch { fatalError("built-in word lists: \(error)") }
    }()

    func found(_ text: String, language: String? = "en") throws -> [(DetailType, String)] {
        try Self.redactor.detect(in: text, language: language).filter { $0.confidence >= 0.5 }.map { ($0.type, $0.text) }
    }

    func assertFinds(_ text: String, _ type: DetailType, _ detail: String, language: String? = "en", line: UInt = #line) throws {
        let spans = try found(text, language: language)
        XCTAssertTrue(spans.contains { $0.0 == type && $0.1 == detail }, "expected \(type) “\(detail)” in \(spans)", line: line)
    }

    func testContactDetails() throws {
        try assertFinds("Write to amal.haddad@example.org today.", .email, "amal.haddad@example.org")
        try assertFinds("Follow @amal_cooks for recipes.", .handle, "@amal_cooks")
        try assertFinds("See https://example.org/amal?id=3.", .url, "https://example.org/amal?id=3")
        try assertFinds("My page is facebook.com/amal.cooks now", .url, "facebook.com/amal.cooks")
    }

    func testPhoneNumbersInInternationalAndNationalForms() throws {
        try assertFinds("Call +49 151 23456789 after six.", .phone, "+49 151 23456789")
        try assertFinds("Text me on 07700 900123.", .phone, "07700 900123")
        try assertFinds("Mon portable : 06 12 34 56 78.", .phone, "06 12 34 56 78", language: "fr")
        try assertFinds("Mi móvil es 612 345 678.", .phone, "612 345 678", language: "es")
        try assertFinds("Call (415) 555-0134 please", .phone, "(415) 555-0134")
        try assertFinds("رقمي 0944 123 456 للتواصل", .phone, "0944 123 456", language: "ar")
    }

    func testDatesYearsAndPricesAreNotPhoneNumbers() throws {
        let spans = try found("From 2015-2019 we paid 1.250.000 lira; the meeting is on 12.03.2024 at 10.30.")
        XCTAssertFalse(spans.contains { $0.0 == .phone }, "\(spans)")
    }

    func testAccountsAreCheckedByTheirCheckDigits() throws {
        try assertFinds("My IBAN is DE89 3704 0044 0532 0130 00, thanks.", .iban, "DE89 3704 0044 0532 0130 00")
        try assertFinds("IBAN GB29NWBK60161331926819.", .iban, "GB29NWBK60161331926819")
        XCTAssertFalse(try found("Code DE89 3704 0044 0532 0130 01 here").contains { $0.0 == .iban }, "a wrong check digit is no IBAN")
        try assertFinds("Card 4111 1111 1111 1111 expired.", .card, "4111 1111 1111 1111")
        XCTAssertTrue(AccountDetector.isLuhnValid([4, 5, 5, 6, 7, 3, 7, 5, 8, 6, 8, 9, 9, 8, 5, 5]))
        XCTAssertFalse(AccountDetector.isLuhnValid([4, 5, 5, 6, 7, 3, 7, 5, 8, 6, 8, 9, 9, 8, 5, 6]))
    }

    func testDocumentNumbersByShapeAndByContext() throws {
        try assertFinds("Mi NIE es X1234567L desde marzo.", .document, "X1234567L", language: "es")
        XCTAssertTrue(DocumentDetector.isValidSpanishID("X1234567L"))
        XCTAssertFalse(DocumentDetector.isValidSpanishID("X1234567A"))
        try assertFinds("My NI number is QQ123456C.", .document, "QQ123456C")
        try assertFinds("My SSN was 912-45-6789 then.", .document, "912-45-6789")
        try assertFinds("Mein Aufenthaltstitel hat die Nummer Y0L7K3M21, zum Glück.", .document, "Y0L7K3M21", language: "de")
        try assertFinds("Le numéro OFPRA 2019-123456 est sur la lettre.", .document, "2019-123456", language: "fr")
        // ICAO 9303 example passport number L898902C with its check digit 3.
        XCTAssertTrue(DocumentDetector.icaoCheckDigitMatches(Array("L898902C<3".replacingOccurrences(of: "<", with: "0").unicodeScalars)))
    }

    func testDatesOfBirthAndArrival() throws {
        try assertFinds("I was born on 12 March 1994 in Homs.", .dob, "12 March 1994")
        try assertFinds("Ich bin am 12.03.1994 geboren? Geburtsdatum: 12.03.1994", .dob, "12.03.1994", language: "de")
        try assertFinds("Je suis née le 3 mars 1994 à Lyon.", .dob, "3 mars 1994", language: "fr")
        try assertFinds(
            "Nací el 14 de abril de 1990. Fecha de nacimiento: 14 de abril de 1990", .dob, "14 de abril de 1990", language: "es")
        try assertFinds("I arrived on 3 September 2019 at night.", .arrival, "3 September 2019")
        let appointment = try found("The appointment is on 4 May at the town hall.")
        XCTAssertTrue(appointment.isEmpty, "a day without a year, birth or arrival word stays: \(appointment)")
    }

    func testCoordinates() throws {
        try assertFinds("We met at 52.5200, 13.4050 near the river.", .gps, "52.5200, 13.4050")
        try assertFinds("The tent was at 36°12'05\"N 37°09'40\"E then.", .gps, "36°12'05\"N 37°09'40\"E")
    }

    func testStreetAddressesAndTheirPostcodes() throws {
        try assertFinds("We live at 14 Elm Grove with two cats.", .address, "14 Elm Grove")
        try assertFinds("Wir wohnen in der Hauptstraße 12, 10115 Berlin.", .address, "Hauptstraße 12, 10115", language: "de")
        try assertFinds("J'habite au 12 rue des Lilas depuis mai.", .address, "12 rue des Lilas", language: "fr")
        try assertFinds("Vivo en Calle Mayor 5, 3º B con mi tía.", .address, "Calle Mayor 5, 3º B", language: "es")
        // What is written around the street and number belongs to the address; the town does not.
        try assertFinds(
            "Wir wohnen in der Sonnenallee 118, Hinterhaus, 3. Stock, 12045 Berlin.", .address,
            "Sonnenallee 118, Hinterhaus, 3. Stock, 12045",
            language: "de")
        try assertFinds(
            "via Padova 113, scala B, interno 9, 20127 Milano", .address, "via Padova 113, scala B, interno 9, 20127", language: "it")
        try assertFinds("Favoritenstraße 62/3/14, 1100 Wien", .address, "Favoritenstraße 62/3/14, 1100", language: "de")
        try assertFinds("Apartment 12, 8 Mill Street, H91 X2K7 Galway", .address, "Apartment 12, 8 Mill Street, H91 X2K7")
        try assertFinds(
            "14, rue Ibn Batouta, 3e étage, appt 7, 90000 Tanger", .address, "14, rue Ibn Batouta, 3e étage, appt 7, 90000", language: "fr")
        try assertFinds(
            "نسكن في بناية 23، شارع الأمير حسن، الطابق الثاني قرب السوق", .address, "بناية 23، شارع الأمير حسن، الطابق الثاني",
            language: "ar")
        try assertFinds("We live at 14 Elm Grove a short walk from the park.", .address, "14 Elm Grove")
        let market = try found("We sell bread at the market on Sonnenallee every Saturday.")
        XCTAssertFalse(market.contains { $0.0 == .address }, "a street without a number is a public place: \(market)")
    }

    func testNamesAfterCuesTitlesRelationsAndFromTheList() throws {
        try assertFinds("My name is Amal Haddad and I cook.", .name, "Amal Haddad")
        try assertFinds("Je m'appelle Samir et j'ai 30 ans.", .name, "Samir", language: "fr")
        try assertFinds("Herr Schmidt hat uns geholfen.", .name, "Schmidt", language: "de")
        try assertFinds("My sister Leila teaches maths.", .name, "Leila")
        try assertFinds("اسمي فاطمة وأنا من حلب.", .name, "فاطمة", language: "ar")
        try assertFinds("ساعدني عبد الرحمن كثيرا.", .name, "عبد الرحمن", language: "ar")
        try assertFinds("Yesterday Mohammed brought tea.", .name, "Mohammed")
        try assertFinds("hello, my name is tomasz wierzbicki and I fix bicycles.", .name, "tomasz wierzbicki")
        try assertFinds("She signed the sheet just as 'nasrin' in small letters.", .name, "nasrin")
        try assertFinds("Mr. Okonkwo calls everyone by their first name.", .name, "Okonkwo")
        XCTAssertFalse(try found("Call me on 0151 2345678 any time.").contains { $0.0 == .name }, "“on” after “call me” is no name")
    }

    func testCitiesCountriesAndYearsSurvive() throws {
        let spans = try found("In 2015 I left Aleppo, Syria, for Jordan and then Berlin. I was 19.")
        XCTAssertTrue(spans.isEmpty, "\(spans)")
    }

    func testRedactionStyles() throws {
        let text = "My name is Amal Haddad, call +49 151 23456789."
        let spans = try Self.redactor.detect(in: text, language: "en")
        XCTAssertEqual(Redactor.redact(text, spans: spans), "My name is [NAME], call [PHONE].")
        XCTAssertEqual(Redactor.redact(text, spans: spans, style: .mask), "My name is •••• ••••••, call +•• ••• ••••••••.")
        XCTAssertEqual(Redactor.redact(text, spans: spans, style: .keep), text)
        let secret = try XCTUnwrap(PseudonymSecret(Data(repeating: 7, count: 32)))
        let twice = "My name is Amal Haddad. Amal Haddad cooks."
        let pseudonymous = Redactor.redact(
            twice, spans: try Self.redactor.detect(in: twice, language: "en"), style: .pseudonym(secret: secret))
        let stand = pseudonymous.components(separatedBy: "Person ").dropFirst().map { String($0.prefix(2)) }
        XCTAssertEqual(stand.count, 2)
        XCTAssertEqual(stand[0], stand[1], "the same person gets the same stand-in")
    }

    func testBadInputGetsClearErrors() throws {
        XCTAssertThrowsError(try Self.redactor.detect(in: [0xFF, 0xFE, 0x41])) { error in
            XCTAssertEqual(error as? RedactionError, .notUTF8)
        }
        XCTAssertThrowsError(try Lexicon.decode(Data("{}".utf8), file: "xx.json")) { error in
            XCTAssertTrue("\(error)".contains("xx.json"))
        }
        XCTAssertEqual(try Self.redactor.detect(in: ""), [])
        // Found by the fuzzer: a long run of digits before an arrival word overflowed the date reader.
        XCTAssertNoThrow(try Self.redactor.detect(in: "Je " + String(repeating: "4", count: 70) + "suis arrivé le 3 mars", language: "fr"))
        XCTAssertEqual(try Self.redactor.detect(in: "@ + ( 0 . @@ °"), [])
    }
}
