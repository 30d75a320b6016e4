import Foundation
import NIOConcurrencyHelpers

/// Fixed-window counter per key (an address, or a hash of an e-mail address), kept in memory.
/// Memory is bounded: past `maxKeys` the oldest windows are dropped.
final class RateLimiter: Sendable {
    let limit: Int
    let window: TimeInterval
    let maxKeys: Int
    private let state = NIOLockedValueBox<[String: (start: Date, count: Int)]>([:])

    init(limit: Int, window: TimeInterval, maxKeys: Int = 50_000) {
        self.limit = limit
        self.window = window
        self.maxKeys = maxKeys
    }

    /// Counts one attempt; false when the key has used up its window.
    func allow(_ key: String, now: Date = Date()) -> Bool {
        state.withLockedValue { entries in
            if entries.count >= maxKeys {
                entries = entries.filter { now.timeIntervalSince($0.value.start) < window }
                if entries.count >= maxKeys { entries.removeAll(keepingCapacity: true) }
            }
            var entry = entries[key] ?? (now, 0)
            if now.timeIntervalSince(entry.start) >= window { entry = (now, 0) }
            entry.count += 1
            entries[key] = entry
            return entry.count <= limit
        }
    }

    func reset(_ key: String) {
        state.withLockedValue { _ = $0.removeValue(forKey: key) }
    }
}
