import FluentKit
import Foundation
import Photos
import TogetherStore

/// Creating and changing chapters; every change reloads the in-memory directory at once.
struct ChapterDesk {
    let services: AppServices

    enum AuditAction: String, Sendable, CaseIterable {
        case create = "chapter-create"
        case update = "chapter-update"
    }

    private var database: any Database { services.store.database }

    func records() async throws -> [ChapterRecord] {
        try await ChapterRecord.query(on: database).sort(\.$name).all()
    }

    func record(_ id: UUID) async throws -> ChapterRecord? {
        try await ChapterRecord.find(id, on: database)
    }

    /// Creates the chapter, or names the field whose value another chapter already uses.
    func create(_ settings: ChapterSettings) async throws -> Result<UUID, ChapterConflict> {
        let record = ChapterRecord(slug: settings.slug, name: settings.name)
        return try await save(settings, in: record)
    }

    func update(_ record: ChapterRecord, with settings: ChapterSettings) async throws -> Result<UUID, ChapterConflict> {
        try await save(settings, in: record)
    }

    private func save(_ settings: ChapterSettings, in record: ChapterRecord) async throws -> Result<UUID, ChapterConflict> {
        let others = try await ChapterRecord.query(on: database).all().filter { $0.id != record.id }
        if others.contains(where: { $0.slug == settings.slug }) { return .failure(.slug) }
        if let host = settings.host,
            others.contains(where: { $0.host == host }) || host == URL(string: services.configuration.baseURL)?.host?.lowercased()
        {
            return .failure(.host)
        }
        record.name = settings.name
        record.slug = settings.slug
        record.host = settings.host
        record.colour = settings.colour
        record.accent = settings.accent
        record.showsPlatformBrand = settings.showsPlatformBrand
        record.languagesValue = settings.languageCodes.joined(separator: ",")
        record.logoText = settings.logoText
        try await record.save(on: database)
        try await services.refreshSiteState()
        return .success(try record.requireID())
    }

    /// Keeps the logo with its metadata stripped, as a story's photo; nil bytes remove it.
    func setLogo(_ bytes: [UInt8]?, of record: ChapterRecord) async throws {
        if let bytes {
            let cleaned = try PhotoCleaner.clean(bytes, limit: Self.logoLimit)
            record.logo = Data(cleaned.bytes)
            record.logoType = cleaned.kind.mediaType
        } else {
            record.logo = nil
            record.logoType = ""
        }
        try await record.save(on: database)
        try await services.refreshSiteState()
    }

    static let logoLimit = 2_000_000
}

/// A value another chapter already uses.
enum ChapterConflict: Error, Equatable {
    case slug
    case host

    var field: String {
        switch self {
        case .slug: return "slug"
        case .host: return "host"
        }
    }

    var messageKey: String {
        switch self {
        case .slug: return "chapter_error_slug_taken"
        case .host: return "chapter_error_host_taken"
        }
    }
}
