/// The opinion math of a conversation (docs: CommonGround.docc): pure, deterministic — the same
/// votes in the same order give the same result to the last bit.
public enum CommonGround {
    public struct Options: Sendable {
        /// Statements moderated out, and meta statements (about the conversation, not its topic).
        public var moderatedOut: Set<String>
        public var meta: Set<String>
        /// The previous analysis of the same conversation: membership stays, PCA and clusters start from it.
        public var previous: Analysis.Model?

        public init(moderatedOut: Set<String> = [], meta: Set<String> = [], previous: Analysis.Model? = nil) {
            self.moderatedOut = moderatedOut
            self.meta = meta
            self.previous = previous
        }
    }

    static let baseClusters = 100
    static let maximumGroups = 5

    public static func analyze(_ votes: [Vote], options: Options = Options()) throws(CommonGroundError) -> Analysis {
        guard !votes.isEmpty else { throw CommonGroundError(problem: "there are no votes to analyse yet.") }
        let matrix = VoteMatrix(votes: votes, zeroed: options.moderatedOut.union(options.meta))
        return analyze(matrix, options: options)
    }

    /// The same, from a matrix already built (``PolisExport/voteMatrix(csv:file:statements:zeroed:)``
    /// reads large files straight into one). The matrix's zeroed statements are the ones that count;
    /// `options.meta` still sets meta statements' priority.
    public static func analyze(_ matrix: VoteMatrix, options: Options = Options()) -> Analysis {
        let inConversation = participantsInConversation(matrix, previous: options.previous?.participantsInConversation ?? [])
        let center = PCA.center(of: matrix)
        let centred = PCA.Centred(matrix, center: center)
        let start = options.previous.flatMap { $0.statementIDs == matrix.statements ? $0.components : nil }
        let pca = PCA(centred, center: center, start: start)
        let positions = pca.project(centred)

        // Base clusters over the people in the conversation, then groups over the base clusters.
        let clustered = (0..<matrix.participantCount).filter { inConversation[$0] }
        let points = clustered.map { KMeans.Point(x: positions[$0].x, y: positions[$0].y) }
        let warmCentres = options.previous?.baseCentres.isEmpty == false ? options.previous?.baseCentres : nil
        let base = KMeans(points, k: baseClusters, maximumSteps: 100, start: warmCentres)
        var weights = [Double](repeating: 0, count: base.centres.count)
        for label in base.labels { weights[label] += 1 }
        var silhouettes: [Int: Double] = [:]
        var groupings: [Int: [Int]] = [:]
        let largest = min(maximumGroups, 2 + base.centres.count / 12)
        for k in 2...max(2, largest) {
            // Pol.is runs 20 steps here, not the 100 it uses for the base clusters.
            let grouping = KMeans(base.centres, k: k, weights: weights, maximumSteps: 20)
            groupings[k] = grouping.labels
            silhouettes[k] = KMeans.silhouette(base.centres, grouping.labels)
        }
        let k = silhouettes.keys.max { (silhouettes[$0]!, $0) < (silhouettes[$1]!, $1) } ?? 2
        let groupOfBase = groupings[k] ?? []
        var groupOfRow = [Int?](repeating: nil, count: matrix.participantCount)
        for (index, row) in clustered.enumerated() where !groupOfBase.isEmpty { groupOfRow[row] = groupOfBase[base.labels[index]] }
        let groupCount = (groupOfBase.max() ?? -1) + 1
        let members = (0..<groupCount).map { group in clustered.filter { groupOfRow[$0] == group } }

        let statistics = GroupStatistics(matrix, members: members)
        let votesPerParticipant = matrix.votesPerParticipant
        let participants = (0..<matrix.participantCount).map { row in
            Analysis.Participant(
                id: matrix.participants[row], group: groupOfRow[row], x: positions[row].x, y: positions[row].y,
                votes: votesPerParticipant[row])
        }
        let groups = (0..<groupCount).map { group in
            Analysis.Group(id: group, size: members[group].count, representative: statistics.representative[group])
        }
        let statementPositions = matrix.statements.indices.map { column in
            let scale = Double(matrix.statementCount).squareRoot() * (1 - center[column])
            return (x: scale * pca.components[0][column], y: scale * pca.components[1][column])
        }
        let meta = matrix.statements.map { options.meta.contains($0) }
        return Analysis(
            statements: matrix.statements, participants: participants, groups: groups,
            consensusAgree: statistics.consensus(agree: true), consensusDisagree: statistics.consensus(agree: false),
            groupAwareConsensus: statistics.groupAware(agree: true), groupAwareDisagreement: statistics.groupAware(agree: false),
            priority: statistics.priority(extremity: statementPositions.map { ($0.x * $0.x + $0.y * $0.y).squareRoot() }, meta: meta),
            statementPositions: statementPositions, silhouettes: silhouettes, baseClusterCount: base.centres.count,
            model: Analysis.Model(
                participantsInConversation: Set(clustered.map { matrix.participants[$0] }), components: pca.components,
                statementIDs: matrix.statements, baseCentres: base.centres))
    }

    /// Who is placed in a group: everyone with at least min(7, statements) votes, anyone placed
    /// before, and, while fewer than 15, the most active of the rest.
    static func participantsInConversation(_ matrix: VoteMatrix, previous: Set<String>) -> [Bool] {
        let counts = matrix.votesPerParticipant
        let threshold = min(7, matrix.statementCount)
        var included = counts.indices.map { counts[$0] >= threshold || previous.contains(matrix.participants[$0]) }
        var missing = 15 - included.filter { $0 }.count
        if missing > 0 {
            let byActivity = counts.indices.sorted { (counts[$0], -$0) > (counts[$1], -$1) }
            for row in byActivity where missing > 0 && !included[row] {
                included[row] = true
                missing -= 1
            }
        }
        return included
    }
}
