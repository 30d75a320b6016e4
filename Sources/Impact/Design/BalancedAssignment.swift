/// Balanced complete randomisation, as Qualtrics' "evenly present elements" does it: respondents
/// are taken in blocks of one per arm, and each block is a random order of the arms. After any
/// number of respondents, arm counts differ by at most one.
///
/// The order of every block follows from the seed and the block's number alone, so the seed
/// recorded with a test reproduces every assignment, and a respondent's arm never depends on who
/// else answered or when.
public struct BalancedAssignment: Sendable, Equatable {
    public let arms: Int
    public let seed: UInt64

    public init(arms: Int, seed: UInt64) throws(ImpactError) {
        guard arms >= 2 else {
            throw .badInput(file: nil, line: nil, problem: "a message test needs a control and at least one message (2 arms or more).")
        }
        self.arms = arms
        self.seed = seed
    }

    /// The arm (0 is the control) of the respondent numbered `respondent` (0, 1, 2, ... in order of arrival).
    public func arm(for respondent: Int) -> Int {
        let block = UInt64(respondent / arms)
        return order(ofBlock: block)[respondent % arms]
    }

    /// A shuffle of 0..<arms (Fisher–Yates) drawn from a generator keyed by the seed and the block.
    func order(ofBlock block: UInt64) -> [Int] {
        var generator = SplitMix64(state: seed ^ (block &* 0x9E37_79B9_7F4A_7C15))
        var order = Array(0..<arms)
        for index in stride(from: arms - 1, to: 0, by: -1) {
            order.swapAt(index, Int(generator.next(below: UInt64(index + 1))))
        }
        return order
    }
}

/// Steele, Lea and Flood's SplitMix64: small, fast, and the same on every platform, which a
/// recorded seed needs (the standard library's generator is not specified to stay the same).
public struct SplitMix64: RandomNumberGenerator, Sendable {
    public var state: UInt64

    public init(state: UInt64) {
        self.state = state
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in 0..<bound, without modulo bias (Lemire's multiply-and-reject).
    public mutating func next(below bound: UInt64) -> UInt64 {
        var product = next().multipliedFullWidth(by: bound)
        if product.low < bound {
            let threshold = (0 &- bound) % bound
            while product.low < threshold { product = next().multipliedFullWidth(by: bound) }
        }
        return product.high
    }
}
