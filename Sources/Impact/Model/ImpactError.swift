/// Why an analysis or a plan cannot be made, in words a campaigner can act on.
public enum ImpactError: Error, Sendable, Equatable, CustomStringConvertible {
    case tooFewRows(rows: Int, columns: Int)
    case collinear
    case badInput(file: String?, line: Int?, problem: String)

    public var description: String {
        switch self {
        case .tooFewRows(let rows, let columns):
            return "there are \(rows) respondents for \(columns) quantities to estimate; more answers are needed."
        case .collinear:
            return "two predictors carry the same information (for example a covariate that never varies, or an empty arm); drop one."
        case .badInput(let file, let line, let problem):
            return [file, line.map { "\($0)" }].compactMap { $0 }.joined(separator: ":") + (file == nil && line == nil ? "" : ": ")
                + problem
        }
    }
}
