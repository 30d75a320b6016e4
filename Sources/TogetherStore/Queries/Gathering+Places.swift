import Foundation
import SQLKit

extension Store {
    /// Holds `places` at a gathering if that many are free, in one statement: two people taking the
    /// last place at the same moment cannot both have it, on SQLite or PostgreSQL. False when full.
    public func holdPlaces(_ places: Int, at gatheringID: UUID) async throws -> Bool {
        let rows = try await sql.raw(
            """
            UPDATE gatherings SET taken = taken + \(bind: places)
            WHERE id = \(bind: gatheringID) AND (capacity IS NULL OR taken + \(bind: places) <= capacity)
            RETURNING id
            """
        ).all()
        return !rows.isEmpty
    }

    /// Gives back places a cancelled RSVP held.
    public func releasePlaces(_ places: Int, at gatheringID: UUID) async throws {
        try await sql.raw(
            "UPDATE gatherings SET taken = taken - \(bind: places) WHERE id = \(bind: gatheringID) AND taken >= \(bind: places)"
        )
        .run()
    }

    /// Marks an RSVP cancelled if it is not already; true only for the one request that did it, so
    /// two cancellations at the same moment give its places back once.
    public func claimCancellation(of rsvpID: UUID, at date: Date) async throws -> Bool {
        let rows = try await sql.raw(
            "UPDATE gathering_rsvps SET cancelled_at = \(bind: date) WHERE id = \(bind: rsvpID) AND cancelled_at IS NULL RETURNING id"
        ).all()
        return !rows.isEmpty
    }
}
