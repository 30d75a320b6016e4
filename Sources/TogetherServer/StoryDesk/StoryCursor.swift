import TogetherStore

/// Where the next page of published stories starts, as an opaque `cursor` value in links and in the
/// API's `next`: a count of stories to skip for the plain listing (an index walk), a place in the
/// results for searches (decision 0010).
public enum StoryCursor: Sendable, Equatable {
    case offset(Int)
    case after(StorySearch.Position)

    public static let start = StoryCursor.offset(0)

    var skipped: Int {
        guard case .offset(let count) = self else { return 0 }
        return count
    }

    var position: StorySearch.Position? {
        guard case .after(let position) = self else { return nil }
        return position
    }

    public var text: String {
        switch self {
        case .offset(let count): return String(count)
        case .after(let position): return position.cursor
        }
    }

    /// nil for anything a previous page could not have produced.
    public init?(_ text: some StringProtocol) {
        if let count = Int(text) {
            guard count >= 0 else { return nil }
            self = .offset(count)
        } else if let position = StorySearch.Position(cursor: text) {
            self = .after(position)
        } else {
            return nil
        }
    }
}
