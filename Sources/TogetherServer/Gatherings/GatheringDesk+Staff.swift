import FluentKit
import Foundation
import TogetherStore

/// What organisers do once a gathering is planned: record who came, or call it off.
extension GatheringDesk {
    /// How many came, once it has ended: zero or more, and not more than a hundred thousand.
    func recordAttendance(_ listed: Listed, count: Int) async throws {
        guard listed.record.endsAt <= services.now() else { throw GatheringError.notEnded }
        guard (0...100_000).contains(count) else { throw GatheringError.attendance }
        listed.record.attendance = count
        try await listed.record.save(on: database)
    }

    /// Called off: it stays listed as cancelled (calendars that added it learn so) and takes no RSVPs.
    func cancelGathering(_ listed: Listed) async throws {
        listed.record.cancelled = true
        try await listed.record.save(on: database)
    }

    enum AuditAction: String, Sendable, CaseIterable {
        case create = "gathering-create"
        case attendance = "gathering-attendance"
        case cancel = "gathering-cancel"
    }

}
