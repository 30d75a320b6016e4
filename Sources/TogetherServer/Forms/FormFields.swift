import Foundation

/// The fields of an `application/x-www-form-urlencoded` body. Repeated names keep the first value.
public struct FormFields: Sendable, Equatable {
    private var values: [String: String]

    public init(_ values: [String: String] = [:]) {
        self.values = values
    }

    /// nil when the body is not valid form encoding.
    public init?(urlEncoded body: String) {
        var values: [String: String] = [:]
        for pair in body.split(separator: "&", omittingEmptySubsequences: true).prefix(200) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]) else { return nil }
            guard let value = Self.decode(parts.count > 1 ? parts[1] : "") else { return nil }
            if values[name] == nil { values[name] = value }
        }
        self.values = values
    }

    public subscript(_ name: String) -> String? { values[name] }

    /// The field with surrounding white space removed; "" when missing.
    public func trimmed(_ name: String) -> String {
        values[name]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
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
