import Foundation

/// Horizontal bar charts drawn on the server as SVG: one row per label, bars for one or two series
/// (all published, featured), values as shares; a suppressed cell draws no bar and says so. The
/// table beside each chart holds the same numbers.
struct BarChart {
    struct Row {
        let label: String
        /// Shares 0–1 per series; nil when suppressed.
        let values: [Double?]
    }

    let id: String
    let title: String
    let series: [String]
    let rows: [Row]
    let suppressedLabel: String

    static let width = 520.0
    static let labelWidth = 170.0
    static let barHeight = 12.0
    static let colours = ["#1b6ca8", "#b24a00"]

    var svg: String {
        guard !rows.isEmpty else { return "" }
        let groupHeight = Double(series.count) * (Self.barHeight + 2) + 10
        let height = groupHeight * Double(rows.count) + 30
        let plotWidth = Self.width - Self.labelWidth - 60
        func n(_ value: Double) -> String { String(format: "%.1f", value) }
        var parts = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(Self.width)) \(Int(height))\" width=\"100%\" role=\"img\" aria-labelledby=\"\(id)-title\" direction=\"ltr\">",
            "<title id=\"\(id)-title\">\(HTMLEscaping.escape(title))</title>",
        ]
        for (index, name) in series.enumerated() {
            let x = Self.labelWidth + Double(index) * 140
            parts.append(
                "<rect x=\"\(n(x))\" y=\"4\" width=\"10\" height=\"10\" fill=\"\(Self.colours[index % 2])\"/><text x=\"\(n(x + 14))\" y=\"13\" font-size=\"12\" fill=\"#111\">\(HTMLEscaping.escape(name))</text>"
            )
        }
        for (rowIndex, row) in rows.enumerated() {
            let top = 24 + groupHeight * Double(rowIndex)
            parts.append(
                "<text x=\"\(n(Self.labelWidth - 8))\" y=\"\(n(top + groupHeight / 2))\" font-size=\"13\" fill=\"#111\" text-anchor=\"end\">\(HTMLEscaping.escape(row.label))</text>"
            )
            for (index, value) in row.values.enumerated() {
                let y = top + Double(index) * (Self.barHeight + 2)
                if let value {
                    let width = max(value * plotWidth, value > 0 ? 1 : 0)
                    parts.append(
                        "<rect x=\"\(n(Self.labelWidth))\" y=\"\(n(y))\" width=\"\(n(width))\" height=\"\(n(Self.barHeight))\" fill=\"\(Self.colours[index % 2])\"/>"
                            + "<text x=\"\(n(Self.labelWidth + width + 4))\" y=\"\(n(y + 10))\" font-size=\"11\" fill=\"#333\">\(Int((value * 100).rounded()))%</text>"
                    )
                } else {
                    parts.append(
                        "<text x=\"\(n(Self.labelWidth + 4))\" y=\"\(n(y + 10))\" font-size=\"11\" fill=\"#555\">\(HTMLEscaping.escape(suppressedLabel))</text>"
                    )
                }
            }
        }
        return parts.joined() + "</svg>"
    }
}
