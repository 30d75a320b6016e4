import NIOConcurrencyHelpers
import NarrativeChecker

/// The checker in use: the built-in packs plus those administrators uploaded. Replaced as a whole
/// when packs change, so a request always checks with one consistent set of rules.
final class CheckerState: Sendable {
    let builtIn: [RulePack]
    private let box: NIOLockedValueBox<Checker>

    init(builtIn: [RulePack], compiled: Checker) {
        self.builtIn = builtIn
        box = NIOLockedValueBox(compiled)
    }

    var current: Checker { box.withLockedValue { $0 } }

    /// A checker with `uploaded` on top of the built-in packs; thrown errors leave the current one in use.
    func checker(adding uploaded: [RulePack]) throws(RulePackError) -> Checker {
        try Checker(packs: builtIn + uploaded)
    }

    func use(_ checker: Checker) {
        box.withLockedValue { $0 = checker }
    }
}
