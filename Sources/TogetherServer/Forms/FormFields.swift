import Foundation

/// The fields of an `application/x-www-form-urlencoded` body. A name may repeat (checkboxes);
/// `subscript` gives the first value, ``all(_:)`` every one.
public struct FormFields: Sendable, Equatable {
    private var values: [String: [String]]

    public init(_ values: [String: String] = [:]) {
        self.values = values.mapValues { [$0] }
    }

    /// nil when the body is not valid form encoding.
    public init?(urlEncoded body: String) {
        var values: [String: [String]] = [:]
        for pair in body.split(separator: "&", omittingEmptySubsequences: true).prefix(400) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]) else { return nil }
            guard let value = Self.decode(parts.count > 1 ? parts[1] : "") else { return nil }
            values[name, default: []].append(value)
        }
        self.values = values
    }

    public subscript(_ name: String) -> String? { values[name]?.first }

    /// Every value sent under `name`, in order.
    public func all(_ name: String) -> [String] { values[name] ?? [] }

    /// The first value of every field whose name starts with `prefix` (one radio group per item).
    public func fields(prefixed prefix: String) -> [(name: String, value: String)] {
        values.compactMap { name, values in
            guard name.hasPrefix(prefix), let value = values.first else { return nil }
            return (String(name.dropFirst(prefix.count)), value)
        }
    }

    /// The field with surrounding white space removed; "" when missing.
    public func trimmed(_ name: String) -> String {
        self[name]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    }

    /// A NUL character has no place in any text a person types, and PostgreSQL refuses it in text
    /// columns: such a body is treated as unreadable.
    private static func decode(_ component: Substring) -> String? {
        guard let text = component.replacingOccurrences(of: "+", with: " ").removingPercentEncoding, !text.contains("\u{0}") else {
            return nil
        }
        return text
    }
}
