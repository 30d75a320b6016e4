import Foundation

/// One task at a time per key, the others waiting in order: numbering the records of one owner
/// (a conversation's participants) inside this process without colliding on the unique index.
/// Not reentrant: a task holding a key must not ask for it again.
actor KeyedAsyncLock {
    private var waiting: [String: [CheckedContinuation<Void, Never>]] = [:]

    /// Waits for the key; every `acquire` must be followed by one `release`.
    func acquire(_ key: String) async {
        if waiting[key] == nil {
            waiting[key] = []
            return
        }
        await withCheckedContinuation { waiting[key, default: []].append($0) }
    }

    func release(_ key: String) {
        guard var queue = waiting[key] else { return }
        if queue.isEmpty {
            waiting[key] = nil
        } else {
            queue.removeFirst().resume()
            waiting[key] = queue
        }
    }
}
