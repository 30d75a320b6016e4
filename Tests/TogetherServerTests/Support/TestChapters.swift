import Foundation

@testable import TogetherServer

/// Chapters made the way an administrator makes them, for tests of chapter spaces.
enum TestChapters {
    static func create(
        slug: String, name: String, host: String? = nil, colour: String = "#1f4e8c", showsPlatformBrand: Bool = true,
        languages: [String] = [], services: AppServices
    ) async throws -> UUID {
        let settings = ChapterSettings(
            name: name, slug: slug, host: host, colour: colour, accent: "#b3430f", showsPlatformBrand: showsPlatformBrand,
            languageCodes: languages, logoText: "")
        guard case .success(let id) = try await ChapterDesk(services: services).create(settings) else {
            throw TestChapterError.conflict
        }
        return id
    }

    enum TestChapterError: Error { case conflict }
}
