/// One participant's answer to one statement. Values follow the Pol.is export: agree +1,
/// disagree -1, pass 0.
public struct Vote: Sendable, Hashable {
    public enum Value: Int8, Sendable, Hashable, CaseIterable {
        case agree = 1
        case disagree = -1
        case pass = 0
    }

    public let participant: String
    public let statement: String
    public let value: Value

    public init(participant: String, statement: String, value: Value) {
        self.participant = participant
        self.statement = statement
        self.value = value
    }
}
