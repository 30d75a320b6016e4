/// A personal detail found in a text. Offsets count Unicode scalars from the start of the text
/// (the JSON contract), `end` exclusive.
public struct Span: Sendable, Equatable, Codable {
    public let start: Int
    public let end: Int
    public let type: DetailType
    public let text: String
    /// 0...1: how sure the detector is that this is a personal detail.
    public let confidence: Double

    public init(start: Int, end: Int, type: DetailType, text: String, confidence: Double) {
        self.start = start
        self.end = end
        self.type = type
        self.text = text
        self.confidence = confidence
    }

    func overlaps(_ other: Span) -> Bool {
        start < other.end && other.start < end
    }
}
