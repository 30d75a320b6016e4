import FluentKit
import Foundation
import SQLKit

extension Store {
    /// Holds `places` at a gathering if that many are free and it is still to come and not called
    /// off, in one statement: two people taking the last place at the same moment cannot both have
    /// it, nor can anyone take one while it is being called off, on SQLite or PostgreSQL.
    public func holdPlaces(_ places: Int, at gatheringID: UUID, now: Date) async throws -> Bool {
        let room = SQLGroupExpression(
            SQLBinaryExpression(
                SQLBinaryExpression(SQLIdentifier("capacity"), .is, SQLLiteral.null), .or,
                SQLBinaryExpression(
                    SQLBinaryExpression(SQLIdentifier("taken"), .add, SQLBind(places)), .lessThanOrEqual, SQLIdentifier("capacity"))))
        let rows = try await sql.update("gatherings")
            .set("taken", to: SQLBinaryExpression(SQLIdentifier("taken"), .add, SQLBind(places)))
            .where("id", .equal, gatheringID).where("cancelled", .equal, false).where("starts_at", .greaterThan, now).where(room)
            .returning("id").all()
        return !rows.isEmpty
    }

    /// Gives back places an RSVP that could not be written held.
    public func releasePlaces(_ places: Int, at gatheringID: UUID) async throws {
        try await Self.release(places, at: gatheringID, on: sql)
    }

    /// Cancels an RSVP and gives its places back, in one transaction, if it is not cancelled already:
    /// true only for the one request that did it, so two cancellations at once give places back once.
    public func cancelReservation(_ rsvpID: UUID, places: Int, at gatheringID: UUID, now: Date) async throws -> Bool {
        try await database.transaction { db in
            guard let sql = db as? any SQLDatabase else { return false }
            let rows = try await sql.update("gathering_rsvps").set("cancelled_at", to: now).where("id", .equal, rsvpID)
                .where("cancelled_at", .is, SQLLiteral.null).returning("id").all()
            guard !rows.isEmpty else { return false }
            try await Self.release(places, at: gatheringID, on: sql)
            return true
        }
    }

    private static func release(_ places: Int, at gatheringID: UUID, on sql: any SQLDatabase) async throws {
        try await sql.update("gatherings")
            .set("taken", to: SQLBinaryExpression(SQLIdentifier("taken"), .subtract, SQLBind(places)))
            .where("id", .equal, gatheringID).where("taken", .greaterThanOrEqual, places).run()
    }
}
