import Foundation
import Stories
import XCTest

final class StoryLifecycleTests: XCTestCase {
    let amal = StoryActor.moderator(id: UUID())
    let badr = StoryActor.moderator(id: UUID())
    let facilitator = StoryActor.facilitator(id: UUID())

    func adult() -> StoryLifecycle { StoryLifecycle(isChild: false, hasGuardianConsent: false) }

    func testTheWayToPublicationGoesThroughTheTeller() throws {
        var story = adult()
        try story.apply(.startReview, by: amal)
        try story.apply(.edit, by: amal)
        try story.apply(.requestApproval, by: amal)
        XCTAssertEqual(story.status, .awaitingApproval)
        XCTAssertThrowsError(try story.applying(.publish, by: amal)) { XCTAssertEqual($0 as? LifecycleError, .needsTellerApproval) }
        try story.apply(.approve(version: 2), by: .teller)
        try story.apply(.publish, by: amal)
        XCTAssertEqual(story.status, .published)
        XCTAssertEqual(story.publishedVersion, 2)
        XCTAssertTrue(story.isPublic)
    }

    func testApprovalCoversOneExactVersion() throws {
        var story = adult()
        try story.apply(.startReview, by: amal)
        try story.apply(.requestApproval, by: amal)
        XCTAssertThrowsError(try story.applying(.approve(version: 7), by: .teller)) {
            XCTAssertEqual($0 as? LifecycleError, .approvalOfOutdatedVersion(shown: 7, current: 1))
        }
        try story.apply(.approve(version: 1), by: .teller)
        try story.apply(.edit, by: badr)
        XCTAssertNil(story.approvedVersion, "an edit after approval voids it")
        XCTAssertThrowsError(try story.applying(.publish, by: amal)) { XCTAssertEqual($0 as? LifecycleError, .needsTellerApproval) }
    }

    func testEditingAPublishedStoryKeepsTheApprovedVersionUpUntilTheNewOneIsApproved() throws {
        var story = try published()
        try story.apply(.edit, by: amal)
        XCTAssertEqual(story.status, .inReview)
        XCTAssertEqual(story.publishedVersion, 1)
        XCTAssertTrue(story.isPublic)
        try story.apply(.requestApproval, by: amal)
        try story.apply(.requestChanges, by: .teller)
        XCTAssertEqual(story.status, .inReview)
        try story.apply(.requestApproval, by: amal)
        try story.apply(.approve(version: 2), by: .teller)
        try story.apply(.publish, by: amal)
        XCTAssertEqual(story.publishedVersion, 2)
    }

    func testTheTellerCanWithdrawFromAnyStateAndNothingFollows() throws {
        for lifecycle in try allReachableStates() where lifecycle.status != .withdrawn {
            let withdrawn = try lifecycle.applying(.withdraw, by: .teller)
            XCTAssertEqual(withdrawn.status, .withdrawn)
            XCTAssertFalse(withdrawn.isPublic)
            XCTAssertNil(withdrawn.publishedVersion)
            for action in Self.allActions {
                for actor in [StoryActor.teller, amal, facilitator] {
                    XCTAssertThrowsError(try withdrawn.applying(action, by: actor), "\(action) after withdrawal")
                }
            }
        }
    }

    func testOnlyModeratorsModerateAndOnlyTheTellerApprovesOrWithdraws() throws {
        let story = try adult().applying(.startReview, by: amal).applying(.requestApproval, by: amal)
        for actor in [StoryActor.teller, facilitator] {
            for action in [StoryAction.startReview, .edit, .requestApproval, .publish, .reject] {
                XCTAssertThrowsError(try story.applying(action, by: actor)) {
                    XCTAssertEqual($0 as? LifecycleError, .notPermitted(action: action.name))
                }
            }
        }
        for actor in [amal, facilitator, StoryActor.administrator(id: UUID())] {
            for action in [StoryAction.approve(version: 1), .requestChanges, .withdraw] {
                XCTAssertThrowsError(try story.applying(action, by: actor))
            }
        }
        XCTAssertNoThrow(try story.applying(.edit, by: .administrator(id: UUID())), "administrators moderate too")
    }

    func testChildrensStoriesNeedAGuardianAndASecondModerator() throws {
        func approvedChild(guardian: Bool) throws -> StoryLifecycle {
            try StoryLifecycle(isChild: true, hasGuardianConsent: guardian)
                .applying(.startReview, by: amal).applying(.requestApproval, by: amal).applying(.approve(version: 1), by: .teller)
        }
        XCTAssertThrowsError(try approvedChild(guardian: false).applying(.publish, by: badr)) {
            XCTAssertEqual($0 as? LifecycleError, .needsGuardianConsent)
        }
        XCTAssertThrowsError(try approvedChild(guardian: true).applying(.publish, by: amal)) {
            XCTAssertEqual($0 as? LifecycleError, .needsSecondModerator)
        }
        XCTAssertEqual(try approvedChild(guardian: true).applying(.publish, by: badr).status, .published)
    }

    func testRejectionIsFinalAndOnlyBeforePublication() throws {
        let rejected = try adult().applying(.startReview, by: amal).applying(.reject, by: amal)
        XCTAssertEqual(rejected.status, .rejected)
        XCTAssertThrowsError(try rejected.applying(.startReview, by: amal))
        XCTAssertEqual(try rejected.applying(.withdraw, by: .teller).status, .withdrawn, "the teller can still have the words erased")
        XCTAssertThrowsError(try published().applying(.reject, by: amal))
    }

    /// Every (state, action, actor) triple, against the table of what the rules allow.
    func testEveryTransitionMatchesTheTable() throws {
        let allowed: [StoryStatus: Set<String>] = [
            .submitted: ["startReview/moderator", "edit/moderator", "reject/moderator", "withdraw/teller"],
            .inReview: ["edit/moderator", "requestApproval/moderator", "reject/moderator", "withdraw/teller"],
            .awaitingApproval: ["edit/moderator", "approve/teller", "requestChanges/teller", "reject/moderator", "withdraw/teller"],
            .approved: ["edit/moderator", "publish/moderator", "requestChanges/teller", "reject/moderator", "withdraw/teller"],
            .published: ["edit/moderator", "withdraw/teller"],
            .rejected: ["withdraw/teller"],
            .withdrawn: [],
        ]
        var seen = Set<StoryStatus>()
        for lifecycle in try allReachableStates() where lifecycle.publishedVersion == nil || lifecycle.status == .published {
            seen.insert(lifecycle.status)
            for action in Self.allActions {
                for (actorName, actor) in [("teller", StoryActor.teller), ("moderator", badr), ("facilitator", facilitator)] {
                    let key = "\(action.name.replacingOccurrences(of: "-", with: ""))/\(actorName)"
                    let expected = allowed[lifecycle.status]!.contains(where: { $0.lowercased() == key.lowercased() })
                    let version: StoryAction = action == .approve(version: 0) ? .approve(version: lifecycle.currentVersion) : action
                    let result = Result { try lifecycle.applying(version, by: actor) }
                    if case .failure(let error) = result, expected {
                        XCTFail("\(key) from \(lifecycle.status) refused: \(error)")
                    }
                    if case .success = result, !expected { XCTFail("\(key) from \(lifecycle.status) allowed") }
                }
            }
        }
        XCTAssertEqual(seen, Set(StoryStatus.allCases))
    }

    // MARK: - Helpers

    static let allActions: [StoryAction] = [
        .startReview, .edit, .requestApproval, .approve(version: 0), .requestChanges, .publish, .reject, .withdraw,
    ]

    func published() throws -> StoryLifecycle {
        try adult().applying(.startReview, by: amal).applying(.requestApproval, by: amal)
            .applying(.approve(version: 1), by: .teller).applying(.publish, by: amal)
    }

    /// One lifecycle in each status, reached through the rules themselves.
    func allReachableStates() throws -> [StoryLifecycle] {
        let submitted = adult()
        let inReview = try submitted.applying(.startReview, by: amal)
        let awaiting = try inReview.applying(.requestApproval, by: amal)
        let approved = try awaiting.applying(.approve(version: 1), by: .teller)
        let published = try approved.applying(.publish, by: amal)
        let rejected = try inReview.applying(.reject, by: amal)
        let withdrawn = try inReview.applying(.withdraw, by: .teller)
        return [submitted, inReview, awaiting, approved, published, rejected, withdrawn]
    }
}
