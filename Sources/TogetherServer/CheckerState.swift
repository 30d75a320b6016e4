import Foundation
import NIOConcurrencyHelpers
import NarrativeChecker

/// The checkers in use: the built-in packs plus those administrators uploaded for the main space,
/// and for each chapter with packs of its own, those on top. Replaced as a whole when packs change,
/// so a request always checks with one consistent set of rules.
final class CheckerState: Sendable {
    let builtIn: [RulePack]
    private let box: NIOLockedValueBox<(main: Checker, chapters: [UUID: Checker])>

    init(builtIn: [RulePack], compiled: Checker) {
        self.builtIn = builtIn
        box = NIOLockedValueBox((compiled, [:]))
    }

    /// The main space's checker.
    var current: Checker { box.withLockedValue { $0.main } }

    /// The checker of a space: a chapter's own when it has packs, else the main space's.
    func checker(for space: UUID?) -> Checker {
        box.withLockedValue { state in space.flatMap { state.chapters[$0] } ?? state.main }
    }

    /// A checker with `uploaded` on top of the built-in packs; thrown errors leave the current one in use.
    func checker(adding uploaded: [RulePack]) throws(RulePackError) -> Checker {
        try Checker(packs: builtIn + uploaded)
    }

    func use(_ checker: Checker) {
        box.withLockedValue { $0.main = checker }
    }

    func use(_ checker: Checker, for space: UUID?) {
        box.withLockedValue { state in
            if let space { state.chapters[space] = checker } else { state.main = checker }
        }
    }

    /// Replaces every checker at once (after a reload).
    func use(main: Checker, chapters: [UUID: Checker]) {
        box.withLockedValue { $0 = (main, chapters) }
    }
}
