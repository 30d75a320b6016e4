/// Count, mean and sum of squared deviations of a stream of values (Welford's update): one pass,
/// stable, and enough for a difference in means, its variance and a saturated regression.
public struct Moments: Sendable, Equatable {
    public private(set) var count = 0
    public private(set) var mean = 0.0
    private var squares = 0.0

    public init() {}

    public init(_ values: some Sequence<Double>) {
        for value in values { add(value) }
    }

    public mutating func add(_ value: Double) {
        count += 1
        let delta = value - mean
        mean += delta / Double(count)
        squares += delta * (value - mean)
    }

    /// These values and `other`'s together, as if added one by one (Chan, Golub and LeVeque).
    public mutating func merge(_ other: Moments) {
        guard other.count > 0 else { return }
        guard count > 0 else {
            self = other
            return
        }
        let total = count + other.count
        let delta = other.mean - mean
        mean += delta * Double(other.count) / Double(total)
        squares += other.squares + delta * delta * Double(count) * Double(other.count) / Double(total)
        count = total
    }

    /// The sample variance (n − 1 in the denominator); NaN below two values.
    public var variance: Double { count > 1 ? squares / Double(count - 1) : .nan }
}
