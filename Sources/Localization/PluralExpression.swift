/// The syntax tree of a plural formula: the C subset gettext allows.
indirect enum PluralExpression: Sendable, Equatable {
    enum Operator: String, Sendable {
        case or = "||", and = "&&", equal = "==", notEqual = "!=", less = "<", lessOrEqual = "<="
        case greater = ">", greaterOrEqual = ">=", add = "+", subtract = "-", multiply = "*"
        case divide = "/", remainder = "%"
    }

    case n
    case literal(Int)
    case not(PluralExpression)
    case binary(Operator, PluralExpression, PluralExpression)
    case conditional(PluralExpression, PluralExpression, PluralExpression)

    func evaluate(n value: Int) -> Int {
        switch self {
        case .n: return value
        case .literal(let number): return number
        case .not(let operand): return operand.evaluate(n: value) == 0 ? 1 : 0
        case .conditional(let test, let then, let otherwise):
            return test.evaluate(n: value) != 0 ? then.evaluate(n: value) : otherwise.evaluate(n: value)
        case .binary(let op, let lhs, let rhs):
            let a = lhs.evaluate(n: value)
            let b = rhs.evaluate(n: value)
            switch op {
            case .or: return (a != 0 || b != 0) ? 1 : 0
            case .and: return (a != 0 && b != 0) ? 1 : 0
            case .equal: return a == b ? 1 : 0
            case .notEqual: return a != b ? 1 : 0
            case .less: return a < b ? 1 : 0
            case .lessOrEqual: return a <= b ? 1 : 0
            case .greater: return a > b ? 1 : 0
            case .greaterOrEqual: return a >= b ? 1 : 0
            case .add: return a &+ b
            case .subtract: return a &- b
            case .multiply: return a &* b
            // Division by zero in a translator's formula must not bring the server down.
            case .divide: return b == 0 ? 0 : a / b
            case .remainder: return b == 0 ? 0 : a % b
            }
        }
    }
}
