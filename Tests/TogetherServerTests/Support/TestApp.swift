import Crypto
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import TogetherStore
import XCTest

@testable import TogetherServer

/// Resources are read once for the whole test run.
actor SharedResources {
    static let shared = SharedResources()
    private var loaded: Resources?

    func get() async throws -> Resources {
        if let loaded { return loaded }
        let resources = try await Resources.load()
        loaded = resources
        return resources
    }
}

/// Runs `body` against a fresh application on a fresh database.
func withTestApp(
    configure: (inout ServerConfiguration) -> Void = { _ in },
    logger customLogger: Logger? = nil,
    _ body: (TestBrowser, AppServices) async throws -> Void
) async throws {
    var configuration = ServerConfiguration()
    configuration.passwordCost = 4
    configure(&configuration)
    let store = try await TestDatabase.open()
    do {
        let resources = try await SharedResources.shared.get()
        var logger = customLogger ?? Logger(label: "test")
        if customLogger == nil { logger.logLevel = .warning }
        let services = AppServices(
            configuration: configuration, store: store, resources: resources, vault: ContactVault(key: SymmetricKey(size: .bits256)),
            logger: logger)
        try await services.refreshSiteState()
        nonisolated(unsafe) let body = body
        let router = TogetherApplication.makeRouter(services: services, resources: resources)
        let app = Application(router: ChapterAwareRouter(router: router, directory: services.chapters), logger: logger)
        try await app.test(.router) { client in
            try await body(TestBrowser(client: client), services)
        }
    } catch {
        await TestDatabase.close(store)
        throw error
    }
    await TestDatabase.close(store)
}

/// Administrator credentials used across tests.
enum Fixtures {
    static let adminEmail = "rania@example.org"
    static let adminPassword = "olive tree by the river"
    static let staffPassword = "bread and salt together"

    @discardableResult
    static func admin(_ services: AppServices) async throws -> User {
        try await services.accounts.createUser(email: adminEmail, name: "Rania Aziz", role: .admin, password: adminPassword)
    }
}
