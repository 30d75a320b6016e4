import Foundation

/// The JSON form of an analysis: a contract other tools rely on (docs/common-ground.md).
public struct AnalysisJSON: Codable, Sendable, Equatable {
    public struct Participant: Codable, Sendable, Equatable {
        public let id: String
        public let group: Int?
        public let x: Double
        public let y: Double
        public let votes: Int

        // `group` is written even when null: "not placed" is an answer, not a missing field.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(group, forKey: .group)
            try container.encode(x, forKey: .x)
            try container.encode(y, forKey: .y)
            try container.encode(votes, forKey: .votes)
        }
    }

    public struct Representative: Codable, Sendable, Equatable {
        public let statement: String
        public let direction: RepresentativeStatement.Direction
        public let share: Double
        public let test: Double
        public let ratio: Double
        public let ratioTest: Double
        public let bestAgreement: Bool
    }

    public struct Group: Codable, Sendable, Equatable {
        public let id: Int
        public let size: Int
        public let representative: [Representative]
    }

    public struct Consensus: Codable, Sendable, Equatable {
        public let statement: String
        public let share: Double
        public let test: Double
    }

    public struct Agreement: Codable, Sendable, Equatable {
        public let agree: [Consensus]
        public let disagree: [Consensus]
    }

    public struct Score: Codable, Sendable, Equatable {
        public let statement: String
        public let score: Double
    }

    public struct Statement: Codable, Sendable, Equatable {
        public let id: String
        public let priority: Double
        public let x: Double
        public let y: Double
    }

    public let participants: [Participant]
    public let groups: [Group]
    public let consensus: Agreement
    public let groupAwareConsensus: [Score]
    public let statements: [Statement]

    public init(_ analysis: Analysis) {
        let id = { (index: Int) in analysis.statements[index] }
        participants = analysis.participants.map { Participant(id: $0.id, group: $0.group, x: $0.x, y: $0.y, votes: $0.votes) }
        groups = analysis.groups.map { group in
            Group(
                id: group.id, size: group.size,
                representative: group.representative.map {
                    Representative(
                        statement: id($0.statement), direction: $0.direction, share: $0.share, test: $0.test, ratio: $0.ratio,
                        ratioTest: $0.ratioTest, bestAgreement: $0.isBestAgreement)
                })
        }
        consensus = Agreement(
            agree: analysis.consensusAgree.map { Consensus(statement: id($0.statement), share: $0.share, test: $0.test) },
            disagree: analysis.consensusDisagree.map { Consensus(statement: id($0.statement), share: $0.share, test: $0.test) })
        groupAwareConsensus = analysis.groupAwareConsensus.map { Score(statement: id($0.statement), score: $0.score) }
        statements = analysis.statements.indices.map {
            Statement(
                id: id($0), priority: analysis.priority[$0], x: analysis.statementPositions[$0].x, y: analysis.statementPositions[$0].y)
        }
    }

    /// Sorted keys, so the same analysis is the same bytes.
    public static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()
}
