import ArgumentParser
import Foundation
import Hummingbird
import Logging
import Metrics
import Prometheus
import TogetherServer

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Run the web server.")

    @OptionGroup var store: StoreOptions

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on.")
    var port = 8080

    @Option(help: "Public address of the site (e.g. https://together.example.org); https turns on HSTS and Secure cookies.")
    var publicURL: String?

    @Flag(help: "Trust X-Forwarded-For from a reverse proxy for rate limits.")
    var trustProxy = false

    @Option(help: "Days after which stories never published and all contact details are erased (TOGETHER_RETENTION_DAYS; default 180).")
    var retentionDays: Int?

    @Flag(help: "Fill an empty database with fictional demo content.")
    var demo = false

    @Option(
        help:
            "State-changing requests one address may send a minute (TOGETHER_PUBLIC_WRITES_PER_MINUTE; default 120). Raise it only for load tests from one machine."
    )
    var publicWritesPerMinute: Int?

    func run() async throws {
        let logger = Logger.together()
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))

        var configuration = ServerConfiguration()
        configuration.host = host
        configuration.port = port
        configuration.publicURL = publicURL ?? ProcessInfo.processInfo.environment["TOGETHER_PUBLIC_URL"]
        configuration.trustProxy = trustProxy
        configuration.withdrawalJournal = store.withdrawalJournal
        let days = retentionDays ?? ProcessInfo.processInfo.environment["TOGETHER_RETENTION_DAYS"].flatMap { Int($0) } ?? 180
        guard days >= 1 else { Console.fail("The retention period must be at least one day.") }
        configuration.retentionDays = days
        let writes =
            publicWritesPerMinute ?? ProcessInfo.processInfo.environment["TOGETHER_PUBLIC_WRITES_PER_MINUTE"].flatMap { Int($0) }
            ?? configuration.publicWritesPerMinute
        guard writes >= 1 else { Console.fail("The write limit must be at least one request a minute.") }
        configuration.publicWritesPerMinute = writes
        let store = try await store.openStore(logger: logger)
        let resources: Resources
        do { resources = try await Resources.load() } catch { Console.fail("\(error)") }
        let services = AppServices(
            configuration: configuration, store: store, resources: resources, vault: self.store.loadVault(), metrics: registry,
            logger: logger)
        try await services.refreshSiteState()

        if demo { try await Demo.load(services: services) }
        if try await !services.accounts.administratorExists() {
            let token = try await services.accounts.issueFirstAdministratorLink()
            Console.print("No administrator yet. Open this one-time link within 24 hours to create one:")
            Console.print("  " + services.accounts.setupURL(token: token))
        }
        Console.print("Together is running at \(configuration.baseURL)/ (\(store.location)). Stop it with Ctrl-C.")
        let app = TogetherApplication.make(services: services, resources: resources)
        do {
            try await app.runService()
        } catch {
            await store.shutdown()
            Console.fail("the server stopped: \(error)")
        }
        await store.shutdown()
    }
}
