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
    /// Creates the next numbered record of `ownerID`. Two at the same moment collide on the unique
    /// index; the second tries the next number, or, with `existing`, finds what the first one made.
    /// After three collisions in a row it gives up with `busy`.
    func createNumbered<Record: NumberedRecord>(
        _ type: Record.Type, in ownerID: UUID, busy: any Error, existing: (() async throws -> Record?)? = nil, make: (Int) -> Record
    ) async throws -> Record {
        for _ in 0..<3 {
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
