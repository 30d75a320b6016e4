import FluentKit
import Foundation
import NIOConcurrencyHelpers
import TogetherStore

/// Every chapter, kept in memory so that finding a request's chapter costs no database read.
/// Reloaded at start and after an administrator changes a chapter.
final class ChapterDirectory: Sendable {
    private let chapters = NIOLockedValueBox<[Chapter]>([])

    var all: [Chapter] { chapters.withLockedValue { $0 } }
    /// False on an installation with no chapter: requests then skip every chapter check.
    var isEmpty: Bool { chapters.withLockedValue { $0.isEmpty } }

    func chapter(slug: some StringProtocol) -> Chapter? {
        chapters.withLockedValue { $0.first { $0.slug == slug } }
    }

    func chapter(host: String) -> Chapter? {
        let host = host.lowercased()
        return chapters.withLockedValue { $0.first { $0.host == host } }
    }

    func chapter(id: UUID?) -> Chapter? {
        guard let id else { return nil }
        return chapters.withLockedValue { $0.first { $0.id == id } }
    }

    func reload(from database: any Database) async throws {
        let records = try await ChapterRecord.query(on: database).sort(\.$name).all()
        let loaded = try records.map(Chapter.init(record:))
        chapters.withLockedValue { $0 = loaded }
    }
}
