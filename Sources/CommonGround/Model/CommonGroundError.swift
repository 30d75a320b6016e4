/// Why a conversation could not be read or analysed, in words a facilitator can act on.
public struct CommonGroundError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file the problem is in, if it came from one.
    public let file: String?
    /// 1-based line, when the problem is on one line.
    public let line: Int?
    public let problem: String

    public init(file: String? = nil, line: Int? = nil, problem: String) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    public var description: String {
        switch (file, line) {
        case (let file?, let line?): return "\(file):\(line): \(problem)"
        case (let file?, nil): return "\(file): \(problem)"
        case (nil, let line?): return "line \(line): \(problem)"
        case (nil, nil): return problem
        }
    }
}
