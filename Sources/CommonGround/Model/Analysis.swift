/// What a conversation's votes say: where people sit, the opinion groups, what sets each group
/// apart, and — first of all — what they have in common.
public struct Analysis: Sendable {
    public struct Participant: Sendable, Equatable {
        public let id: String
        /// Opinion group, or nil for someone who has not voted enough to be placed in one.
        public let group: Int?
        public let x: Double
        public let y: Double
        public let votes: Int
    }

    public struct Group: Sendable, Equatable {
        public let id: Int
        public let size: Int
        public let representative: [RepresentativeStatement]
    }

    /// A statement most people lean the same way on, with the smoothed share and its test.
    public struct Consensus: Sendable, Equatable {
        public let statement: Int
        public let share: Double
        public let test: Double
    }

    public struct Score: Sendable, Equatable {
        public let statement: Int
        public let score: Double
    }

    public let statements: [String]
    public let participants: [Participant]
    public let groups: [Group]
    public let consensusAgree: [Consensus]
    public let consensusDisagree: [Consensus]
    /// Every statement not moderated out, by the product over groups of their smoothed agreement:
    /// high only when every group leans towards it. Highest first.
    public let groupAwareConsensus: [Score]
    /// The same with disagreement.
    public let groupAwareDisagreement: [Score]
    /// Which statement to show next: higher first.
    public let priority: [Double]
    /// Statement positions on the map (one agree vote) and their distance from the centre.
    public let statementPositions: [(x: Double, y: Double)]
    /// Silhouette of each number of groups tried, by that number.
    public let silhouettes: [Int: Double]
    public let baseClusterCount: Int
    /// What the next analysis can start from, so small changes give stable groups.
    public let model: Model

    /// The state an incremental update is warm-started from.
    public struct Model: Sendable {
        public let participantsInConversation: Set<String>
        let components: [[Double]]
        let statementIDs: [String]
        let baseCentres: [KMeans.Point]
    }
}
