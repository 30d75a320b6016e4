import FluentKit
import Foundation
import Gatherings
import Hummingbird
import Stories
import TogetherStore

/// Every change to a gathering goes through here: planning it and recording who came (staff), and
/// RSVPs and their cancellation (people without accounts).
struct GatheringDesk: Sendable {
    let services: AppServices

    var database: any Database { services.store.database }

    /// Stores a checked gathering with its organisers in order.
    func create(_ gathering: Gathering) async throws {
        // Read here: a transaction's closure may run outside the request's task and its task-locals.
        let space = ChapterScope.space
        try await database.transaction { db in
            let record = GatheringRecord(
                id: gathering.id, title: gathering.title, description: gathering.description, category: gathering.category.rawValue,
                venue: gathering.venue, startsAt: gathering.start, endsAt: gathering.end, timeZone: gathering.timeZone,
                languages: gathering.languages.joined(separator: ","), accessibility: gathering.accessibility, capacity: gathering.capacity,
                cost: gathering.cost, textLanguage: gathering.textLanguage
            )
            record.chapterID = space
            try await record.create(on: db)
            for (position, host) in gathering.hosts.enumerated() {
                try await GatheringHostRecord(
                    gatheringID: gathering.id, position: position, name: host.name, community: host.community.rawValue
                )
                .create(on: db)
            }
        }
    }

    /// Gatherings that have not ended (soonest first), or those that have (latest first).
    func list(upcoming: Bool) async throws -> [Listed] {
        let now = services.now()
        var query = GatheringRecord.query(on: database).filter(\.$chapterID == ChapterScope.space)
        query =
            upcoming
            ? query.filter(\.$endsAt > now).sort(\.$startsAt, .ascending) : query.filter(\.$endsAt <= now).sort(\.$startsAt, .descending)
        return try await listed(query.limit(200).all())
    }

    /// The gathering a route's `:id` names, or 404.
    func gathering(named parameters: Parameters) async throws -> Listed {
        guard let id = parameters.get("id", as: UUID.self), let found = try await gathering(id) else { throw HTTPError(.notFound) }
        return found
    }

    func gathering(_ id: UUID) async throws -> Listed? {
        guard let record = try await GatheringRecord.find(id, on: database) else { return nil }
        return try await listed([record]).first
    }

    /// A record with its organisers, as the value pages and calendars use.
    struct Listed: Sendable {
        let record: GatheringRecord
        let gathering: Gathering

        var placesLeft: Int? { record.capacity.map { max($0 - record.taken, 0) } }
    }

    private func listed(_ records: [GatheringRecord]) async throws -> [Listed] {
        let ids = records.compactMap(\.id)
        guard !ids.isEmpty else { return [] }
        let hosts = try await GatheringHostRecord.query(on: database).filter(\.$gatheringID ~~ ids).sort(\.$position).all()
        return records.compactMap { record in
            guard let id = record.id else { return nil }
            let gathering = Gathering(
                id: id, title: record.title, description: record.description,
                category: GatheringCategory(rawValue: record.category) ?? .other,
                hosts: hosts.filter { $0.gatheringID == id }.map {
                    Host(name: $0.name, community: Host.Community(rawValue: $0.community) ?? .host)
                }, venue: record.venue, start: record.startsAt, end: record.endsAt, timeZone: record.timeZone,
                languages: record.languages.split(separator: ",").map(String.init), accessibility: record.accessibility,
                capacity: record.capacity, cost: record.cost, textLanguage: record.textLanguage)
            return Listed(record: record, gathering: gathering)
        }
    }

    /// Past gatherings in numbers, for the public page: how many took place, how many were co-hosted
    /// (organisers from both communities — every plan must have them, but it is counted, not assumed),
    /// how many people came (as organisers recorded it). Counted in the database, however many there are.
    func record() async throws -> (held: Int, coHosted: Int, came: Int) {
        let past = GatheringRecord.query(on: database).filter(\.$chapterID == ChapterScope.space).filter(\.$endsAt <= services.now())
            .filter(\.$cancelled == false)
        let held = try await past.copy().count()
        // Summed here: PostgreSQL's SUM of a bigint column is a numeric, which does not read back as Int.
        let came = try await past.copy().all(\.$attendance).compactMap { $0 }.reduce(0, +)
        let ids = try await past.copy().all(\.$id)
        var communities: [UUID: Set<String>] = [:]
        for host in try await GatheringHostRecord.query(on: database).filter(\.$gatheringID ~~ ids).all() {
            communities[host.gatheringID, default: []].insert(host.community)
        }
        return (held, communities.values.filter { $0.count > 1 }.count, came)
    }

    /// Still to come and not called off: it takes reservations while places remain.
    static func isOpen(_ listed: Listed, now: Date) -> Bool { !listed.record.cancelled && listed.gathering.start > now }
}
