/// Problems with a submitted form, by field name, as message keys of the catalog.
struct FieldErrors: Sendable {
    private(set) var keys: [(field: String, message: String)] = []

    var isEmpty: Bool { keys.isEmpty }

    mutating func add(_ field: String, _ messageKey: String) {
        guard !keys.contains(where: { $0.field == field }) else { return }
        keys.append((field, messageKey))
    }

    func message(for field: String) -> String? {
        keys.first { $0.field == field }?.message
    }
}
