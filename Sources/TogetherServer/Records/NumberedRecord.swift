import FluentKit
import Foundation

/// A record numbered in order within its owner: a conversation's statements and participants (as
/// Pol.is numbers them), a message test's respondents (whose number, with the seed, fixes the arm).
protocol NumberedRecord: Model {
    static var ownerKey: KeyPath<Self, FieldProperty<Self, UUID>> { get }
    static var numberKey: KeyPath<Self, FieldProperty<Self, Int>> { get }
    var number: Int { get }
}

extension Database {
    /// Creates the next numbered record of `ownerID`. Within this process, one owner's records are
    /// numbered one at a time (``numbering``), so hundreds of new voters a second do not collide.
    /// Servers sharing a PostgreSQL database can still collide on the unique index: the second tries
    /// the next number, after a short random wait, or, with `existing`, finds what the first one made;
    /// after twelve collisions in a row it gives up with `busy`.
    func createNumbered<Record: NumberedRecord>(
        _ type: Record.Type, in ownerID: UUID, busy: any Error, existing: (() async throws -> Record?)? = nil,
        make: (Int) -> Record
    ) async throws -> Record {
        // Statements and participants of one conversation are numbered separately: one key each.
        let key = "\(Record.schema)/\(ownerID)"
        await numbering.acquire(key)
        do {
            // A request given up while it waited (the visitor left) does not write.
            try Task.checkCancellation()
            let record = try await createNumberedUnlocked(type, in: ownerID, busy: busy, existing: existing, make: make)
            await numbering.release(key)
            return record
        } catch {
            await numbering.release(key)
            throw error
        }
    }

    private func createNumberedUnlocked<Record: NumberedRecord>(
        _ type: Record.Type, in ownerID: UUID, busy: any Error, existing: (() async throws -> Record?)?, make: (Int) -> Record
    ) async throws -> Record {
        for attempt in 0..<12 {
            if attempt > 0 { try await Task.sleep(for: .microseconds(Int.random(in: 0...(attempt * 2000)))) }
            let last = try await Record.query(on: self).filter(Record.ownerKey == ownerID).sort(Record.numberKey, .descending).first()
            let record = make((last?.number ?? -1) + 1)
            do {
                try await record.create(on: self)
                return record
            } catch let error as any DatabaseError where error.isConstraintFailure {
                if let found = try await existing?() { return found }
            }
        }
        throw busy
    }
}

/// Serialises numbering per owner inside this process.
private let numbering = KeyedAsyncLock()
