/// A term with the text its pack wrote, so that a message about it can quote the pack.
struct WrittenTerm {
    let text: String
    let term: Term
    /// The named list it came through (`$nationalities`), if any, so a message can say where it is written.
    var list: String? = nil
}

/// How many terms a pack's rules have taken from its named lists, against a limit.
final class ListedTerms {
    /// Far above what a language needs (the built-in packs take about a thousand), far below what
    /// would strain a server reading an uploaded pack.
    static let limit = 50_000
    private var count = 0

    /// Takes `terms` more; false once the pack would pass the limit.
    func spend(_ terms: Int) -> Bool {
        guard count + terms <= Self.limit else { return false }
        count += terms
        return true
    }
}
