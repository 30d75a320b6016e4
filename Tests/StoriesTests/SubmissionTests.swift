import Foundation
import Stories
import XCTest

final class SubmissionTests: XCTestCase {
    let now = Date(timeIntervalSince1970: 1_795_392_000)

    func valid() -> StorySubmission {
        StorySubmission(
            title: "The bakery on our street", body: "Every morning we open the shutters together.", language: "ar", voice: "refugee",
            themes: ["food", "work"], country: "de", region: "Leipzig", credit: .firstName, creditName: "Samir",
            consent: [.publish: nil, .translate: now.addingTimeInterval(86_400)])
    }

    func testAValidStoryComesOutTyped() throws {
        let story = try valid().validated(now: now)
        XCTAssertEqual(story.language, "ar")
        XCTAssertEqual(story.voice, .refugee)
        XCTAssertEqual(story.themes, [.food, .work])
        XCTAssertEqual(story.place, Place(country: "DE", region: "Leipzig"))
        XCTAssertEqual(story.credit.displayName, "Samir")
        XCTAssertTrue(story.consent.allows(.translate, at: now))
        XCTAssertFalse(story.consent.allows(.translate, at: now.addingTimeInterval(90_000)), "consent ends on its date")
        XCTAssertFalse(story.consent.allows(.partners, at: now))
        XCTAssertEqual(story.lifecycle.status, .submitted)
    }

    func testEveryProblemIsReportedAtOnce() {
        var submission = StorySubmission(
            language: "xx", voice: "alien", themes: ["war"], country: "ZZ", region: "12 Harbour Street", consent: [:])
        submission.ageGroup = "adult"
        XCTAssertThrowsError(try submission.validated(now: now)) { error in
            let problems = Set((error as? SubmissionError)?.problems ?? [])
            XCTAssertEqual(
                problems,
                [
                    .init("title", .required), .init("body", .required), .init("language", .unknownLanguage), .init("voice", .unknownVoice),
                    .init("themes", .unknownTheme), .init("country", .unknownCountry), .init("region", .notCoarse),
                    .init("credit", .required), .init("consent.publish", .publishConsentRequired),
                ])
        }
    }

    func testChildrenAreNeverNamedAndNeedAGuardian() {
        var child = valid()
        child.ageGroup = "child"
        XCTAssertThrowsError(try child.validated(now: now)) { error in
            XCTAssertEqual(
                Set((error as? SubmissionError)?.problems ?? []),
                [.init("credit", .childCredit), .init("guardianConsent", .guardianConsentRequired)])
        }
        child.credit = .chosenName
        child.creditName = "Star"
        child.guardianConsent = true
        XCTAssertEqual(try child.validated(now: now).lifecycle.isChild, true)
    }

    func testLimitsAndPastEndDates() {
        var long = valid()
        long.body = String(repeating: "a", count: StorySubmission.maxBodyLength + 1)
        long.consent[.partners] = now.addingTimeInterval(-1)
        XCTAssertThrowsError(try long.validated(now: now)) { error in
            XCTAssertEqual(
                Set((error as? SubmissionError)?.problems ?? []), [.init("body", .tooLong), .init("consent.partners", .consentEndsInPast)])
        }
    }

    func testAnonymousNeedsNoNameAndDropsOneIfGiven() throws {
        var anonymous = valid()
        anonymous.credit = .anonymous
        anonymous.creditName = "Samir"
        XCTAssertNil(try anonymous.validated(now: now).credit.displayName)
    }
}

final class ConsentEndTests: XCTestCase {
    func testADayIsCoveredToItsEnd() throws {
        let end = try XCTUnwrap(Consent.end(ofDay: "2027-01-31"))
        XCTAssertEqual(end, try Date("2027-02-01T00:00:00Z", strategy: .iso8601))
        var consent = Consent()
        consent.grant(.partners, until: end)
        XCTAssertTrue(consent.allows(.partners, at: try Date("2027-01-31T23:59:00Z", strategy: .iso8601)))
        XCTAssertFalse(consent.allows(.partners, at: end))
        XCTAssertNil(Consent.end(ofDay: "31/01/2027"))
    }
}
