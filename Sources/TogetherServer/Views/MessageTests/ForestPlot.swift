import Foundation

/// A forest plot drawn on the server as SVG: one row per message, its effect as a square and its
/// 95% interval as a line, against a line at zero (no effect). The numbers are also in the table
/// beside it; the plot's description says them for screen readers.
struct ForestPlot {
    struct Row {
        let label: String
        let estimate: Double
        let low: Double
        let high: Double
    }

    let id: String
    let title: String
    let description: String
    let rows: [Row]
    let format: (Double) -> String

    static let width = 560.0
    static let labelWidth = 150.0
    static let rowHeight = 34.0

    var svg: String {
        let finite = rows.filter { $0.estimate.isFinite && $0.low.isFinite && $0.high.isFinite }
        guard !finite.isEmpty else { return "" }
        let ticks = Self.ticks(from: min(0, finite.map(\.low).min()!), to: max(0, finite.map(\.high).max()!))
        let (lowest, highest) = (ticks.first!, ticks.last!)
        let plotStart = Self.labelWidth + 10
        let plotWidth = Self.width - plotStart - 20
        func x(_ value: Double) -> Double { plotStart + (value - lowest) / max(highest - lowest, 1e-12) * plotWidth }
        func n(_ value: Double) -> String { String(format: "%.1f", value) }
        let height = Self.rowHeight * Double(finite.count) + 40
        var parts = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(Self.width)) \(Int(height))\" width=\"100%\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" class=\"forest-plot\" direction=\"ltr\">",
            "<title id=\"\(id)-title\">\(HTMLEscaping.escape(title))</title>",
            "<desc id=\"\(id)-desc\">\(HTMLEscaping.escape(description))</desc>",
        ]
        let axisY = Self.rowHeight * Double(finite.count) + 8
        for tick in ticks {
            parts.append(
                "<line x1=\"\(n(x(tick)))\" y1=\"4\" x2=\"\(n(x(tick)))\" y2=\"\(n(axisY))\" stroke=\"#d0d0d0\" stroke-width=\"1\"/>"
                    + "<text x=\"\(n(x(tick)))\" y=\"\(n(axisY + 18))\" font-size=\"13\" fill=\"#333\" text-anchor=\"middle\">\(HTMLEscaping.escape(format(tick)))</text>"
            )
        }
        parts.append("<line x1=\"\(n(x(0)))\" y1=\"4\" x2=\"\(n(x(0)))\" y2=\"\(n(axisY))\" stroke=\"#111\" stroke-width=\"1.5\"/>")
        for (index, row) in finite.enumerated() {
            let y = Self.rowHeight * Double(index) + Self.rowHeight / 2 + 4
            parts.append(
                "<text x=\"\(n(Self.labelWidth))\" y=\"\(n(y + 5))\" font-size=\"14\" fill=\"#111\" text-anchor=\"end\">\(HTMLEscaping.escape(row.label))</text>"
                    + "<line x1=\"\(n(x(row.low)))\" y1=\"\(n(y))\" x2=\"\(n(x(row.high)))\" y2=\"\(n(y))\" stroke=\"#1b6ca8\" stroke-width=\"3\"/>"
                    + "<rect x=\"\(n(x(row.estimate) - 6))\" y=\"\(n(y - 6))\" width=\"12\" height=\"12\" fill=\"#1b6ca8\"/>")
        }
        return parts.joined() + "</svg>"
    }

    /// Round numbers spanning the range, about five of them (1, 2 or 5 times a power of ten apart).
    static func ticks(from low: Double, to high: Double) -> [Double] {
        let span = max(high - low, 1e-9)
        let rough = span / 4
        let magnitude = pow(10, floor(log10(rough)))
        let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= rough } ?? 10 * magnitude
        let first = floor(low / step) * step
        let last = ceil(high / step) * step
        return stride(from: first, through: last + step / 2, by: step).map { abs($0) < step / 1e6 ? 0 : $0 }
    }
}
