extension FindingContext {
    /// Where a rule matched, without the strings a finding carries: thousands are made for a long
    /// draft, and some are dropped as covered by others.
    struct Match {
        /// The rule's index in the pack, or `-1 - i` for the i-th computed finding.
        let source: Int
        let category: Category
        let severity: Severity
        let isQuoted: Bool
        /// Offsets in Unicode scalars, and where the first is.
        let start: Int
        let end: Int
        let line: Int
        let column: Int
        /// The words matched, for the finding's text.
        let firstWord: Int
        let endWord: Int
    }
}
