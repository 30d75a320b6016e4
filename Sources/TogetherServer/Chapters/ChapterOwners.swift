import Foundation
import NIOConcurrencyHelpers

/// Which space each record belongs to, as read by ``ChapterGuard``: a record never moves between
/// spaces, so once read it need not be read again (story pages and votes would otherwise pay a
/// query each). Bounded: emptied when full. A feature that moves a record to another space must
/// forget it here.
final class ChapterOwners: Sendable {
    private let owners = NIOLockedValueBox<[UUID: UUID?]>([:])
    let capacity: Int

    init(capacity: Int = 100_000) {
        self.capacity = capacity
    }

    func owner(of id: UUID) -> UUID?? {
        owners.withLockedValue { $0[id] }
    }

    func remember(_ id: UUID, owner: UUID?) {
        owners.withLockedValue { owners in
            if owners.count >= capacity { owners.removeAll(keepingCapacity: true) }
            owners[id] = owner
        }
    }
}
