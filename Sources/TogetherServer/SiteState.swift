import NIOConcurrencyHelpers

/// Instance-wide facts that every page shows, kept in memory and refreshed when they change.
final class SiteState: Sendable {
    private let demo = NIOLockedValueBox(false)

    /// Whether the demo content was loaded; every page then says the content is fictional.
    var hasDemoContent: Bool {
        get { demo.withLockedValue { $0 } }
        set { demo.withLockedValue { $0 = newValue } }
    }
}
