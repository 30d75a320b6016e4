import NIOConcurrencyHelpers

/// Rendered pieces of pages that many requests share, such as the story filters (about fifty
/// options rendered through the field partial cost as much as a search). Keys are built from
/// known values only, and the number of pieces is capped.
final class FragmentCache: Sendable {
    private let pieces = NIOLockedValueBox<[String: String]>([:])
    let capacity: Int

    init(capacity: Int = 512) {
        self.capacity = capacity
    }

    /// Keys are kept apart per chapter space: pieces hold links, and links carry the space's prefix.
    func fragment(_ key: String, render: () -> String) -> String {
        let key = ChapterScope.cacheKeyPrefix + key
        if let piece = pieces.withLockedValue({ $0[key] }) { return piece }
        let piece = render()
        pieces.withLockedValue { pieces in
            if pieces.count >= capacity { pieces.removeAll(keepingCapacity: true) }
            pieces[key] = piece
        }
        return piece
    }
}
