/// A word of the draft, as the rules see it.
struct Token: Sendable {
    /// The folded word (see ``Folding``).
    let key: String
    /// Further forms to try: in Arabic, the word without attached clitics.
    let alternates: [String]
    /// Offsets in Unicode scalars: `start` inclusive, `end` exclusive.
    let start: Int
    let end: Int
    let sentence: Int
    let isQuoted: Bool
    /// A figure: a number ("1,200", "3.5") or a percentage.
    let isFigure: Bool

    var keys: [String] { alternates.isEmpty ? [key] : [key] + alternates }
}
