extension Optional {
    /// `map` for an asynchronous lookup, such as a record found by an optional id.
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T?) async rethrows -> T? {
        guard let self else { return nil }
        return try await transform(self)
    }
}
