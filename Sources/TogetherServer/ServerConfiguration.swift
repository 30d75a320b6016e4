import Foundation

/// Everything `together serve` can be told, with defaults that need no set-up.
public struct ServerConfiguration: Sendable {
    public var host = "127.0.0.1"
    public var port = 8080
    /// The address people use to reach this server; links printed to the console start with it.
    /// An `https://` address turns on HSTS and Secure cookies.
    public var publicURL: String?
    /// Honour `X-Forwarded-For` for rate limits: only behind a reverse proxy you run.
    public var trustProxy = false
    /// bcrypt work factor; tests lower it to stay fast.
    public var passwordCost: UInt8 = 12
    public var sessionLifetime: TimeInterval = 14 * 24 * 3600
    public var setupLinkLifetime: TimeInterval = 24 * 3600
    /// Largest request body accepted, in bytes.
    public var maxBodySize = 64 * 1024
    /// Stories never published and every contact detail are erased this many days after sending.
    public var retentionDays = 180
    /// State-changing requests one address may send a minute (tests that play many people from one
    /// address raise it).
    public var publicWritesPerMinute = RateLimits.publicWrites
    /// Sign-in attempts per address and per account in ``RateLimits/signInWindow``.
    public var signInAttempts = RateLimits.signIns
    /// The file that lists erased stories (ids and times only) so a restore can erase them again;
    /// nil keeps no journal (tests that do not need one).
    public var withdrawalJournal: String?

    public init() {}

    public var baseURL: String {
        let url = publicURL ?? "http://\(host):\(port)"
        return url.hasSuffix("/") ? String(url.dropLast()) : url
    }

    public var isBehindTLS: Bool { baseURL.lowercased().hasPrefix("https://") }
}
