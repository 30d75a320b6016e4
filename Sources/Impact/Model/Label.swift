/// An arm or a segment as the data names it: a number when every label is one (so JSON keeps the
/// numbers a survey tool exported), text otherwise.
public enum Label: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    case number(Int)
    case text(String)

    public var description: String {
        switch self {
        case .number(let value): return String(value)
        case .text(let value): return value
        }
    }

    public static func < (lhs: Label, rhs: Label) -> Bool {
        switch (lhs, rhs) {
        case (.number(let a), .number(let b)): return a < b
        case (.text(let a), .text(let b)): return a < b
        case (.number, .text): return true
        case (.text, .number): return false
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let value): try container.encode(value)
        case .text(let value): try container.encode(value)
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int.self) { self = .number(number) } else { self = .text(try container.decode(String.self)) }
    }

    /// Labels for raw values: all numbers, or all text.
    static func labels(_ values: [String]) -> [Label] {
        // Only numbers written plainly: "01" and "1" are different labels, so both stay text.
        let numbers = values.map { value in Int(value).flatMap { String($0) == value ? $0 : nil } }
        if numbers.allSatisfy({ $0 != nil }) { return numbers.map { .number($0!) } }
        return values.map { .text($0) }
    }
}
