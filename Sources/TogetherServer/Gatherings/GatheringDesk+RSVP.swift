import FluentKit
import Foundation
import Stories
import TogetherStore

/// Coming to a gathering without an account, and changing one's mind with the private code.
extension GatheringDesk {
    static let maximumPlaces = 6

    /// Holds the places first (one conditional update, so capacity holds under any load), then
    /// records the RSVP; returns the private code, shown once.
    func rsvp(_ listed: Listed, name: String, places: Int) async throws -> ReceiptCode {
        let id = try listed.record.requireID()
        guard !listed.record.cancelled else { throw GatheringError.cancelled }
        guard listed.record.startsAt > services.now() else { throw GatheringError.started }
        guard (1...Self.maximumPlaces).contains(places) else { throw GatheringError.places }
        guard try await services.store.holdPlaces(places, at: id, now: services.now()) else {
            // Read again: called off or started in the meantime says so; otherwise it is full.
            let latest = try await GatheringRecord.find(id, on: database)
            if latest?.cancelled ?? true { throw GatheringError.cancelled }
            if (latest?.startsAt ?? .distantPast) <= services.now() { throw GatheringError.started }
            throw GatheringError.full
        }
        let code = ReceiptCode.generate()
        do {
            try await GatheringRSVPRecord(gatheringID: id, name: name, places: places, codeHash: Self.hash(code)).create(on: database)
        } catch {
            try? await services.store.releasePlaces(places, at: id)
            throw error
        }
        return code
    }

    /// Cancels the RSVP a code opens and gives its places back; a code used before says so.
    func cancel(code typed: String) async throws -> GatheringRecord {
        guard let code = ReceiptCode(typed: typed),
            let rsvp = try await GatheringRSVPRecord.query(on: database).filter(\.$codeHash == Self.hash(code)).first()
        else { throw GatheringError.unknownCode }
        guard rsvp.cancelledAt == nil,
            try await services.store.cancelReservation(rsvp.requireID(), places: rsvp.places, at: rsvp.gatheringID, now: services.now())
        else { throw GatheringError.alreadyCancelled }
        guard let gathering = try await GatheringRecord.find(rsvp.gatheringID, on: database) else { throw GatheringError.unknownCode }
        return gathering
    }

    /// The people coming, for the organisers' door list: names only as people gave them.
    func rsvps(_ gatheringID: UUID) async throws -> [GatheringRSVPRecord] {
        try await GatheringRSVPRecord.query(on: database).filter(\.$gatheringID == gatheringID).filter(\.$cancelledAt == nil)
            .sort(\.$createdAt).all()
    }

    static func hash(_ code: ReceiptCode) -> String { SecretToken.hash("rsvp:" + code.value) }
}

/// What someone tried that cannot be done, each with a text key for the page.
enum GatheringError: Error, Equatable, Sendable {
    case full, cancelled, started, places, unknownCode, alreadyCancelled, notEnded, attendance

    var messageKey: String {
        switch self {
        case .full: return "gathering_error_full"
        case .cancelled: return "gathering_error_cancelled"
        case .started: return "gathering_error_started"
        case .places: return "gathering_error_places"
        case .unknownCode: return "gathering_error_unknown_code"
        case .alreadyCancelled: return "gathering_error_already_cancelled"
        case .notEnded: return "gathering_error_not_ended"
        case .attendance: return "gathering_error_attendance"
        }
    }
}
