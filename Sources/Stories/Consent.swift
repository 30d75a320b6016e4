import Foundation

/// What a teller agreed to, scope by scope, each with an optional end date.
public struct Consent: Sendable, Equatable, Codable {
    /// The scopes granted, with the moment each stops (nil: until withdrawn).
    public private(set) var grants: [ConsentScope: Date?]

    public init(grants: [ConsentScope: Date?] = [:]) {
        self.grants = grants
    }

    /// Whether `scope` covers a use at `date`. An expired scope stops the use by itself.
    public func allows(_ scope: ConsentScope, at date: Date) -> Bool {
        guard let entry = grants[scope] else { return false }
        guard let until = entry else { return true }
        return date < until
    }

    public mutating func grant(_ scope: ConsentScope, until: Date? = nil) {
        grants[scope] = .some(until)
    }

    public mutating func revoke(_ scope: ConsentScope) {
        grants[scope] = nil
    }

    /// What a translation of a story told with this consent may be used for: every scope but
    /// `translate` itself, each ending no later than the consent to translate. Without consent to
    /// translate, nothing.
    public var forTranslation: Consent {
        guard let translateUntil = grants[.translate] else { return Consent() }
        var result = Consent()
        for (scope, until) in grants where scope != .translate {
            switch (until, translateUntil) {
            case (let a?, let b?): result.grant(scope, until: min(a, b))
            case (nil, let b): result.grant(scope, until: b)
            case (let a, nil): result.grant(scope, until: a)
            }
        }
        return result
    }

    /// The scopes in force at `date`, in a stable order.
    public func scopes(at date: Date) -> [ConsentScope] {
        ConsentScope.allCases.filter { allows($0, at: date) }
    }

    /// The moment consent given "until 2027-01-31" ends: when that day is over (UTC), so the day
    /// itself is covered. nil when `day` is not a date written that way.
    public static func end(ofDay day: String) -> Date? {
        guard let start = try? Date(day.trimmingCharacters(in: .whitespaces) + "T00:00:00Z", strategy: .iso8601) else { return nil }
        return start.addingTimeInterval(24 * 3600)
    }
}
