import Foundation

/// The report for people: each message's effect with its interval, adjusted p-values, and warnings
/// in plain words.
extension MessageTestReport {
    public var text: String {
        func number(_ value: Double) -> String { String(format: "%.3f", value) }
        func pValue(_ value: Double) -> String { value < 1e-300 ? "< 1e-300" : String(format: "%.3g", value) }
        var lines = ["\(n) respondents; messages \(arms.map(\.description).joined(separator: ", ")) against the control.", ""]
        for entry in differenceInMeans {
            let adjusted = multipleComparisons.first { $0.outcome == entry.outcome && $0.arm == entry.arm }
            lines.append(
                "\(entry.outcome), message \(entry.arm): \(number(entry.estimate.estimate)) [95% \(number(entry.estimate.ciLow)) to \(number(entry.estimate.ciHigh))], p \(pValue(entry.estimate.p))"
                    + (adjusted.map { ", Holm \(pValue($0.holm)), BH \(pValue($0.bh))" } ?? "")
                    + " (n \(entry.treated) vs \(entry.control))")
        }
        if !lin.isEmpty {
            lines.append("")
            lines.append("Adjusted for the covariates (Lin 2013):")
            for entry in lin {
                lines.append(
                    "  \(entry.outcome), message \(entry.arm): \(number(entry.estimate.estimate)) [95% \(number(entry.estimate.ciLow)) to \(number(entry.estimate.ciHigh))], p \(pValue(entry.estimate.p))"
                )
            }
        }
        if !mde.isEmpty {
            lines.append("")
            lines.append("Smallest effects this sample can detect (80% power):")
            for entry in mde { lines.append("  \(entry.outcome), message \(entry.arm): \(number(entry.mde))") }
        }
        var cautions = warnings
        if differenceInMeans.count > 1 {
            cautions.append(
                "\(differenceInMeans.count) comparisons: with this many, one may look significant by chance; read the Holm and BH columns.")
        }
        if let smallest = differenceInMeans.map({ min($0.treated, $0.control) }).min(), smallest < 100 {
            cautions.append("An arm has fewer than 100 respondents: estimates are rough, and only large effects can show.")
        }
        if !cautions.isEmpty {
            lines.append("")
            lines.append("Please note:")
            lines += cautions.map { "  - \($0)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
