import FluentKit
import TogetherStore

extension AppServices {
    static let demoSettingKey = "demo-content"

    /// Reads the instance-wide facts pages show; call at start and after they change.
    public func refreshSiteState() async throws {
        site.hasDemoContent = try await Setting.find(Self.demoSettingKey, on: store.database) != nil
        try await chapters.reload(from: store.database)
        try await RulePackLibrary(services: self).reload()
        pageCache.removeAll()
    }
}
