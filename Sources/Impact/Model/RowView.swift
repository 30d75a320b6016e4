/// One respondent as the analysis reads it, whether from columns in memory or from a file read
/// again for each pass: the arm (0 is the control, then the messages in order), the segment (its
/// place among the sorted labels, or -1 without segments), and outcomes and covariates with NaN
/// where there is no answer (values themselves are always finite).
struct RowView {
    var arm: Int
    var segment: Int
    var outcomes: UnsafeBufferPointer<Double>
    var covariates: UnsafeBufferPointer<Double>
}

/// What an analysis needs to know before the rows: the labels, the names, the control.
struct TestDesign: Sendable {
    let respondents: Int
    let treatments: [Label]
    let segmentLabels: [Label]
    let hasSegments: Bool
    let outcomeNames: [String]
    let covariateNames: [String]
}

/// The respondents in consecutive parts, each of which can be read on its own core; reading a part
/// gives its rows in the same order every time.
struct RowParts: Sendable {
    let count: Int
    let read: @Sendable (_ part: Int, _ body: (RowView) -> Void) throws(ImpactError) -> Void
}
