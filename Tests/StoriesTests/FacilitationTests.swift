import Foundation
import XCTest

@testable import Stories

final class FacilitationTests: XCTestCase {
    let now = Date(timeIntervalSince1970: 1_790_000_000)

    func testAFacilitatorRecordsHowAndWhenConsentWasGiven() throws {
        let record = try Facilitation.validated(method: "spoken", givenAt: now.addingTimeInterval(-3600), now: now)
        XCTAssertEqual(record, Facilitation(method: .spoken, givenAt: now.addingTimeInterval(-3600)))
    }

    func testEveryProblemIsReportedAtOnceUnderTheCallersFieldNames() {
        XCTAssertThrowsError(try Facilitation.validated(method: "telepathy", givenAt: now.addingTimeInterval(86_400), now: now)) {
            XCTAssertEqual(
                ($0 as? SubmissionError)?.problems,
                [.init("consentMethod", .unknownConsentMethod), .init("consentGivenAt", .consentGivenInFuture)])
        }
        XCTAssertThrowsError(try Facilitation.validated(method: " ", givenAt: nil, now: now, fieldPrefix: "onBehalf.")) {
            XCTAssertEqual(
                ($0 as? SubmissionError)?.problems,
                [.init("onBehalf.consentMethod", .required), .init("onBehalf.consentGivenAt", .required)])
        }
    }

    func testATranslationMayBeUsedNoLongerThanTheTellerAllowsTranslation() {
        let june = Date(timeIntervalSince1970: 1_800_000_000)
        let july = june.addingTimeInterval(30 * 86_400)
        var consent = Consent()
        consent.grant(.publish)
        consent.grant(.partners, until: july)
        consent.grant(.translate, until: june)
        let derived = consent.forTranslation
        XCTAssertEqual(derived.grants[.publish], .some(june))
        XCTAssertEqual(derived.grants[.partners], .some(june))
        XCTAssertNil(derived.grants[.translate], "a translation is not translated again")
        XCTAssertNil(derived.grants[.campaigns])

        consent.grant(.translate)
        XCTAssertEqual(consent.forTranslation.grants[.publish], .some(nil), "no end date when neither has one")
        XCTAssertEqual(consent.forTranslation.grants[.partners], .some(july))
        consent.revoke(.translate)
        XCTAssertTrue(consent.forTranslation.grants.isEmpty, "without consent to translate, nothing")
    }
}
