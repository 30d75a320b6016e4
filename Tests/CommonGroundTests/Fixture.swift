import Foundation

@testable import CommonGround

/// A Pol.is open-data conversation (CC BY 4.0, The Computational Democracy Project) with the answers
/// of the reference restatement (bench/commonground/make_expected.py).
struct Fixture {
    struct Expected: Decodable {
        let participants: [String]
        let statements: [String]
        let inConversation: [Bool]
        let components: [[Double]]
        let projections: [[Double]]
        let baseClusterCount: Int
        let k: Int
        let silhouettes: [String: Double]
        let labels: [Int]
        let groupAwareConsensus: [String: Double]
        let priority: [String: Double]
        let extremity: [String: Double]
        let repness: [[[String]]]
        let consensus: [String: [String]]
        let moderatedOut: [String]
        let polisGroups: [String: Int]
        let ariOracleVsPolis: Double
    }

    static let conversations = ["15-per-hour-seattle", "brexit-consensus", "scoop-hivemind.biodiversity", "vtaiwan.uberx"]

    let name: String
    let votes: [Vote]
    let statements: [PolisExport.Statement]
    let expected: Expected

    init(_ name: String) throws {
        self.name = name
        let folder = try XCTUnwrapURL(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
        func text(_ file: String) throws -> String { try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8) }
        statements = try PolisExport.statements(csv: text("comments.csv"))
        votes = try PolisExport.votes(csv: text("votes.csv")).map(\.vote)
        expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: folder.appendingPathComponent("expected.json")))
    }

    var moderatedOut: Set<String> { Set(statements.filter { $0.moderation == -1 }.map(\.id)) }

    func analyze() throws -> Analysis {
        try CommonGround.analyze(votes, options: .init(moderatedOut: moderatedOut))
    }
}

struct MissingFixture: Error {}

func XCTUnwrapURL(_ url: URL?) throws -> URL {
    guard let url else { throw MissingFixture() }
    return url
}
