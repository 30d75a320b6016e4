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
        let numbers = values.map { Int($0) }
        if numbers.allSatisfy({ $0 != nil }) { return numbers.map { .number($0!) } }
        return values.map { .text($0) }
    }
}
