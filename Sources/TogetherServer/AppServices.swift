import Foundation
import Localization
import Logging
import NarrativeChecker
import Prometheus
import Redaction
import TogetherStore

/// What handlers and middleware share: configuration, the store, texts, templates and the
/// small injectable values (clock) that keep tests deterministic.
public struct AppServices: Sendable {
    public let configuration: ServerConfiguration
    public let store: Store
    let translations: Translations
    let views: ViewRenderer
    let passwords: PasswordHasher
    let cookies: CookieSettings
    let metrics: PrometheusCollectorRegistry
    let now: @Sendable () -> Date
    let loginLimiter: RateLimiter
    let writeLimiter: RateLimiter
    let logger: Logger
    let vault: ContactVault
    let checkers: CheckerState
    /// Finds personal details in stories under review.
    let redactor: Redactor
    /// The survey items message tests can ask.
    let itemBank: ItemBank
    let site = SiteState()
    /// Every local chapter, for finding a request's space without reading the database.
    let chapters = ChapterDirectory()
    /// The space of each record the chapter guard has read.
    let chapterOwners = ChapterOwners()
    let pageCache = RenderedPageCache()
    let fragments = FragmentCache()
    /// The latest analysis of each conversation, recomputed in the background.
    public let conversationResults = ConversationResults()

    public init(
        configuration: ServerConfiguration,
        store: Store,
        resources: Resources,
        vault: ContactVault,
        metrics: PrometheusCollectorRegistry = PrometheusCollectorRegistry(),
        now: @escaping @Sendable () -> Date = { Date() },
        logger: Logger = Logger(label: "together")
    ) {
        self.configuration = configuration
        self.store = store
        self.translations = resources.translations
        self.views = ViewRenderer(library: resources.templates, translations: resources.translations)
        self.passwords = PasswordHasher(cost: configuration.passwordCost)
        self.cookies = CookieSettings(secure: configuration.isBehindTLS)
        self.metrics = metrics
        self.now = now
        self.loginLimiter = RateLimiter(limit: configuration.signInAttempts, window: RateLimits.signInWindow)
        self.writeLimiter = RateLimiter(limit: configuration.publicWritesPerMinute, window: RateLimits.publicWriteWindow)
        self.logger = logger
        self.vault = vault
        self.checkers = CheckerState(builtIn: resources.rulePacks, compiled: resources.checker)
        self.redactor = resources.redactor
        self.itemBank = resources.itemBank
    }

    public var accounts: Accounts { Accounts(services: self) }
    /// The narrative checker with the built-in packs and any uploaded ones, in the request's space:
    /// a chapter's own packs override the main space's.
    var checker: Checker { checkers.checker(for: ChapterScope.space) }
    public var stories: StoryDesk { StoryDesk(services: self) }
    public var conversations: ConversationDesk { ConversationDesk(services: self) }
    var messageTests: MessageTestDesk { MessageTestDesk(services: self) }
    var gatherings: GatheringDesk { GatheringDesk(services: self) }
    var pledges: PledgeDesk { PledgeDesk(services: self) }
}
