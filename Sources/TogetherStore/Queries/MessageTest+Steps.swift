import FluentKit
import Foundation
import SQLKit

extension Store {
    /// Moves a respondent from `step` to `next` (with the action's outcome and, at the end, the time)
    /// only if they are still at `step`: true for the one request that does it, so a double click or
    /// a second tab cannot answer a step twice or take an action twice. Runs on `database`, which may
    /// be a transaction.
    public static func advanceRespondent(
        _ id: UUID, from step: String, to next: String, behaviour: Int?, completedAt: Date?, on database: any Database
    ) async throws -> Bool {
        guard let sql = database as? any SQLDatabase else { return false }
        var update = sql.update("message_test_respondents").set("step", to: next)
        if let behaviour { update = update.set("behaviour", to: behaviour) }
        if let completedAt { update = update.set("completed_at", to: completedAt) }
        let rows = try await update.where("id", .equal, id).where("step", .equal, step).returning("id").all()
        return !rows.isEmpty
    }
}
