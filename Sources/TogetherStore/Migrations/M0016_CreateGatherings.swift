import FluentKit

/// Co-hosted gatherings, their organisers, and RSVPs without accounts. `taken` counts the places
/// RSVPs hold, changed only by one conditional update, so capacity holds under concurrent RSVPs.
struct M0016_CreateGatherings: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("gatherings")
            .id()
            .field("title", .string, .required)
            .field("description", .string, .required)
            .field("category", .string, .required)
            .field("venue", .string, .required)
            .field("starts_at", .datetime, .required)
            .field("ends_at", .datetime, .required)
            .field("time_zone", .string, .required)
            .field("languages", .string, .required)
            .field("accessibility", .string, .required)
            .field("capacity", .int)
            .field("cost", .string, .required)
            .field("taken", .int, .required)
            .field("attendance", .int)
            .field("cancelled", .bool, .required)
            .field("created_at", .datetime)
            .create()
        try await database.schema("gathering_hosts")
            .id()
            .field("gathering_id", .uuid, .required, .references("gatherings", "id"))
            .field("position", .int, .required)
            .field("name", .string, .required)
            .field("community", .string, .required)
            .create()
        try await database.schema("gathering_rsvps")
            .id()
            .field("gathering_id", .uuid, .required, .references("gatherings", "id"))
            .field("name", .string, .required)
            .field("places", .int, .required)
            .field("code_hash", .string, .required)
            .field("created_at", .datetime)
            .field("cancelled_at", .datetime)
            .unique(on: "code_hash", name: "gathering_rsvps_code")
            .create()
    }

    func revert(on database: any Database) async throws {
        for table in ["gathering_rsvps", "gathering_hosts", "gatherings"] { try await database.schema(table).delete() }
    }
}
