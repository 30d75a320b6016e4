import Foundation

/// How often one address may write: plenty for a person, slow for a flood or a guesser. Counted in
/// memory per server; no address is ever written down.
enum RateLimits {
    /// Every state-changing request (stories, votes, reservations, signatures, survey answers, forms).
    static let publicWrites = 120
    static let publicWriteWindow: TimeInterval = 60
    /// Sign-in attempts, per address and per account.
    static let signIns = 10
    static let signInWindow: TimeInterval = 15 * 60
}
