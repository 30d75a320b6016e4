/// The results of a message test. Its JSON is a contract (docs/impact.md): the keys and entry
/// fields of estimatr-style output, entries identified by `outcome` and `arm` (and `segment`).
public struct MessageTestReport: Sendable, Encodable {
    public struct Entry: Sendable, Encodable {
        public let outcome: String
        public let arm: Label
        public let estimate: Estimate

        init(outcome: String, arm: Label, estimate: Estimate) {
            self.outcome = outcome
            self.arm = arm
            self.estimate = estimate
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(outcome, forKey: .outcome)
            try container.encode(arm, forKey: .arm)
            try estimate.encodeFields(into: &container)
        }
    }

    public struct MeansEntry: Sendable, Encodable {
        public let outcome: String
        public let arm: Label
        public let estimate: Estimate
        public let treated: Int
        public let control: Int

        init(outcome: String, arm: Label, result: DifferenceInMeans.Result) {
            self.outcome = outcome
            self.arm = arm
            estimate = result.estimate
            treated = result.treated
            control = result.control
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(outcome, forKey: .outcome)
            try container.encode(arm, forKey: .arm)
            try container.encode(treated, forKey: .nTreated)
            try container.encode(control, forKey: .nControl)
            try estimate.encodeFields(into: &container)
        }
    }

    public struct SegmentEntry: Sendable, Encodable {
        public let outcome: String
        public let segment: Label
        public let arm: Label
        public let estimate: Estimate
        public let treated: Int
        public let control: Int
        public var bh: Double

        init(outcome: String, segment: Label, arm: Label, result: DifferenceInMeans.Result, bh: Double) {
            self.outcome = outcome
            self.segment = segment
            self.arm = arm
            estimate = result.estimate
            treated = result.treated
            control = result.control
            self.bh = bh
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(outcome, forKey: .outcome)
            try container.encode(segment, forKey: .segment)
            try container.encode(arm, forKey: .arm)
            try container.encode(treated, forKey: .nTreated)
            try container.encode(control, forKey: .nControl)
            try estimate.encodeFields(into: &container)
            try container.encode(PValue(bh), forKey: .bh)
        }
    }

    public struct AdjustedEntry: Sendable, Encodable {
        public let outcome: String
        public let arm: Label
        public let p: Double
        public let holm: Double
        public let bh: Double

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(outcome, forKey: .outcome)
            try container.encode(arm, forKey: .arm)
            try container.encode(PValue(p), forKey: .p)
            try container.encode(PValue(holm), forKey: .holm)
            try container.encode(PValue(bh), forKey: .bh)
        }
    }

    public struct DetectableEntry: Sendable, Encodable {
        public let outcome: String
        public let arm: Label
        public let controlSD: Double
        public let mde: Double

        enum CodingKeys: String, CodingKey {
            case outcome, arm, mde
            case controlSD = "control_sd"
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(outcome, forKey: .outcome)
            try container.encode(arm, forKey: .arm)
            if controlSD.isFinite {
                try container.encode(controlSD, forKey: .controlSD)
            } else {
                try container.encodeNil(forKey: .controlSD)
            }
            if mde.isFinite { try container.encode(mde, forKey: .mde) } else { try container.encodeNil(forKey: .mde) }
        }
    }

    enum Keys: String, CodingKey {
        case outcome, arm, segment, estimate, se, df, p, bh, holm
        case ciLow = "ci_low"
        case ciHigh = "ci_high"
        case nTreated = "n_treated"
        case nControl = "n_control"
    }

    public let n: Int
    public let arms: [Label]
    public let segmentLabels: [Label]
    public var differenceInMeans: [MeansEntry] = []
    public var olsHC2: [Entry] = []
    public var lin: [Entry] = []
    public var multipleComparisons: [AdjustedEntry] = []
    public var segments: [SegmentEntry] = []
    public var mde: [DetectableEntry] = []
    /// Plain-language cautions: full-leverage rows, groups too small to estimate.
    public var warnings: [String] = []

    init(n: Int, arms: [Label], segments: [Label]) {
        self.n = n
        self.arms = arms
        self.segmentLabels = segments
    }

    /// Holm and Benjamini–Hochberg over the family of outcome × arm p-values.
    mutating func adjust(_ family: [(outcome: String, arm: Label, p: Double)]) {
        let holm = MultipleComparisons.holm(family.map(\.p))
        let bh = MultipleComparisons.benjaminiHochberg(family.map(\.p))
        multipleComparisons = family.indices.map {
            .init(outcome: family[$0].outcome, arm: family[$0].arm, p: family[$0].p, holm: holm[$0], bh: bh[$0])
        }
    }

    mutating func noteLeverage(_ rows: Int) {
        guard rows > 0 else { return }
        warnings.append(
            "\(rows) respondent(s) alone determine a coefficient (leverage 1); they add nothing to the standard errors, as in estimatr.")
    }

    enum CodingKeys: String, CodingKey {
        case n, arms, lin, segments, mde, warnings
        case differenceInMeans = "difference_in_means"
        case olsHC2 = "ols_hc2"
        case multipleComparisons = "multiple_comparisons"
        case segmentLabels = "segment_labels"
    }
}

/// A p-value in JSON: the number, or the text "< 1e-300" below what a double can hold with meaning
/// — never 0.
struct PValue: Encodable {
    let value: Double
    init(_ value: Double) { self.value = value }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if value.isNaN {
            try container.encodeNil()
        } else if value < 1e-300 {
            try container.encode("< 1e-300")
        } else {
            try container.encode(value)
        }
    }
}

extension Estimate {
    /// A quantity that cannot be computed (an outcome that never varies has no degrees of freedom)
    /// is null, never NaN: JSON has no NaN, and a reader must not mistake it for a number.
    func encodeFields(into container: inout KeyedEncodingContainer<MessageTestReport.Keys>) throws {
        func encode(_ value: Double, _ key: MessageTestReport.Keys) throws {
            if value.isFinite { try container.encode(value, forKey: key) } else { try container.encodeNil(forKey: key) }
        }
        try encode(estimate, .estimate)
        try encode(se, .se)
        try encode(df, .df)
        try encode(ciLow, .ciLow)
        try encode(ciHigh, .ciHigh)
        try container.encode(PValue(p), forKey: .p)
    }
}
