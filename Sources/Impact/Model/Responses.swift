/// The answers of a message test, column by column: the arm each respondent saw, numeric outcomes
/// and covariates (nil where missing), and an optional segment.
public struct Responses: Sendable {
    public let arms: [Label]
    public let outcomes: [(name: String, values: [Double?])]
    public let covariates: [(name: String, values: [Double?])]
    public let segments: [Label]?
    public let control: Label

    public init(
        arms: [Label], control: Label, outcomes: [(name: String, values: [Double?])], covariates: [(name: String, values: [Double?])] = [],
        segments: [Label]? = nil
    ) {
        self.arms = arms
        self.control = control
        self.outcomes = outcomes
        self.covariates = covariates
        self.segments = segments
    }

    public var count: Int { arms.count }
    /// The message arms, in order, without the control.
    public var treatments: [Label] { Array(Set(arms)).filter { $0 != control }.sorted() }
    public var segmentLabels: [Label] { segments.map { Array(Set($0)).sorted() } ?? [] }
}
