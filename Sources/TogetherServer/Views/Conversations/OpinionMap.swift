import CommonGround
import Foundation

/// The opinion map as SVG drawn on the server: one dot per participant (at most a few thousand,
/// chosen evenly), each group outlined by its convex hull and labelled, no one identified.
struct OpinionMap {
    let analysis: Analysis
    let title: String
    let description: String
    let groupName: (Int) -> String

    static let size = 320.0
    static let maximumDots = 3000
    /// Colours distinguishable with the common colour-vision differences, each dark enough on white;
    /// groups also differ by their outline's dash and their label.
    static let colours = ["#1b6ca8", "#b24a00", "#2e7d32", "#7b3fa0", "#8a6d00"]
    static let dashes = ["", "6 3", "2 3", "8 3 2 3", "1 2"]

    var svg: String {
        let placed = analysis.participants.filter { $0.group != nil }
        guard !placed.isEmpty else { return "" }
        let xs = placed.map(\.x)
        let ys = placed.map(\.y)
        let (minX, maxX, minY, maxY) = (xs.min()!, xs.max()!, ys.min()!, ys.max()!)
        let margin = 16.0
        let scale = (Self.size - 2 * margin) / max(maxX - minX, maxY - minY, 1e-9)
        func point(_ x: Double, _ y: Double) -> (Double, Double) {
            (margin + (x - minX) * scale, Self.size - margin - (y - minY) * scale)
        }
        func number(_ value: Double) -> String { String(format: "%.1f", value) }
        var parts: [String] = []
        parts.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(Self.size)) \(Int(Self.size))\" role=\"img\" aria-labelledby=\"map-title map-desc\" class=\"opinion-map\">"
        )
        parts.append("<title id=\"map-title\">\(HTMLEscaping.escape(title))</title>")
        let sizes = analysis.groups.map { "\(groupName($0.id)): \($0.size)" }.joined(separator: "; ")
        parts.append("<desc id=\"map-desc\">\(HTMLEscaping.escape(description + " " + sizes))</desc>")
        let step = max(1, placed.count / Self.maximumDots)
        for group in analysis.groups {
            let colour = Self.colours[group.id % Self.colours.count]
            let members = placed.filter { $0.group == group.id }
            var dots = "<g fill=\"\(colour)\" fill-opacity=\"0.55\">"
            for (index, member) in members.enumerated() where index % step == 0 {
                let (x, y) = point(member.x, member.y)
                dots += "<circle cx=\"\(number(x))\" cy=\"\(number(y))\" r=\"2.2\"/>"
            }
            parts.append(dots + "</g>")
            let hull = Self.convexHull(members.map { point($0.x, $0.y) })
            if hull.count >= 3 {
                let path = hull.map { "\(number($0.0)),\(number($0.1))" }.joined(separator: " ")
                let dash = Self.dashes[group.id % Self.dashes.count]
                parts.append(
                    "<polygon points=\"\(path)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"1.5\"\(dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\"")/>"
                )
            }
            let centre = members.reduce((0.0, 0.0)) { ($0.0 + $1.x, $0.1 + $1.y) }
            let (labelX, labelY) = point(centre.0 / Double(max(members.count, 1)), centre.1 / Double(max(members.count, 1)))
            parts.append(
                "<text x=\"\(number(labelX))\" y=\"\(number(labelY))\" font-size=\"14\" font-weight=\"700\" fill=\"#111\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\" text-anchor=\"middle\">\(HTMLEscaping.escape(groupName(group.id)))</text>"
            )
        }
        parts.append("</svg>")
        return parts.joined()
    }

    /// Andrew's monotone chain: the outline of a group's dots.
    static func convexHull(_ points: [(Double, Double)]) -> [(Double, Double)] {
        let sorted = points.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
        guard sorted.count > 2 else { return sorted }
        func cross(_ o: (Double, Double), _ a: (Double, Double), _ b: (Double, Double)) -> Double {
            (a.0 - o.0) * (b.1 - o.1) - (a.1 - o.1) * (b.0 - o.0)
        }
        var lower: [(Double, Double)] = []
        for p in sorted {
            while lower.count >= 2, cross(lower[lower.count - 2], lower[lower.count - 1], p) <= 0 { lower.removeLast() }
            lower.append(p)
        }
        var upper: [(Double, Double)] = []
        for p in sorted.reversed() {
            while upper.count >= 2, cross(upper[upper.count - 2], upper[upper.count - 1], p) <= 0 { upper.removeLast() }
            upper.append(p)
        }
        return Array(lower.dropLast() + upper.dropLast())
    }
}
