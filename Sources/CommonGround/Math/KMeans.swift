/// Weighted k-means on points in the plane, deterministic: it starts from the first `k` distinct
/// points in the order given, breaks ties towards the lower cluster, drops clusters that end up
/// empty, and stops when no centre moves 0.01 or after `maximumSteps` + 1 assignments (as Pol.is).
struct KMeans: Sendable {
    struct Point: Hashable, Sendable {
        var x: Double
        var y: Double
    }

    /// Cluster of each point (0-based, consecutive), from the last assignment.
    let labels: [Int]
    /// The centres after the last assignment.
    let centres: [Point]

    init(_ points: [Point], k: Int, weights: [Double]? = nil, maximumSteps: Int, start: [Point]? = nil) {
        let weights = weights ?? [Double](repeating: 1, count: points.count)
        var centres = start ?? Self.firstDistinct(points, k)
        var labels = [Int](repeating: 0, count: points.count)
        guard !points.isEmpty, !centres.isEmpty else {
            self.labels = labels
            self.centres = centres
            return
        }
        for remaining in stride(from: maximumSteps, through: 0, by: -1) {
            for (index, point) in points.enumerated() {
                var best = 0
                var bestDistance = Double.infinity
                for (cluster, centre) in centres.enumerated() {
                    let dx = point.x - centre.x
                    let dy = point.y - centre.y
                    let distance = dx * dx + dy * dy
                    if distance < bestDistance {
                        bestDistance = distance
                        best = cluster
                    }
                }
                labels[index] = best
            }
            // Renumber the clusters that kept members, in their old order.
            var used = [Bool](repeating: false, count: centres.count)
            for label in labels { used[label] = true }
            var renumbered = [Int](repeating: -1, count: centres.count)
            var count = 0
            for cluster in centres.indices where used[cluster] {
                renumbered[cluster] = count
                count += 1
            }
            var sums = [(x: Double, y: Double, weight: Double)](repeating: (0, 0, 0), count: count)
            for index in labels.indices {
                labels[index] = renumbered[labels[index]]
                sums[labels[index]].x += points[index].x * weights[index]
                sums[labels[index]].y += points[index].y * weights[index]
                sums[labels[index]].weight += weights[index]
            }
            let moved = sums.map { Point(x: $0.x / $0.weight, y: $0.y / $0.weight) }
            let settled = moved.count == centres.count && Self.sameCentres(moved, centres)
            centres = moved
            if remaining == 0 || settled { break }
        }
        self.labels = labels
        self.centres = centres
    }

    static func firstDistinct(_ points: [Point], _ k: Int) -> [Point] {
        var seen: Set<Point> = []
        var result: [Point] = []
        for point in points where result.count < k && seen.insert(point).inserted { result.append(point) }
        return result
    }

    /// Pol.is compares the two sets of centres sorted, each pair closer than 0.01.
    private static func sameCentres(_ a: [Point], _ b: [Point]) -> Bool {
        let order: (Point, Point) -> Bool = { ($0.x, $0.y) < ($1.x, $1.y) }
        return zip(a.sorted(by: order), b.sorted(by: order)).allSatisfy { pair in
            let dx = pair.0.x - pair.1.x
            let dy = pair.0.y - pair.1.y
            return (dx * dx + dy * dy).squareRoot() < 0.01
        }
    }

    /// Mean silhouette of `labels` over `points` (unweighted; a point alone in its cluster scores 0).
    static func silhouette(_ points: [Point], _ labels: [Int]) -> Double {
        let clusters = (labels.max() ?? -1) + 1
        guard clusters >= 2 else { return 0 }
        var total = 0.0
        for (index, point) in points.enumerated() {
            var sums = [Double](repeating: 0, count: clusters)
            var counts = [Int](repeating: 0, count: clusters)
            for (other, otherPoint) in points.enumerated() where other != index {
                let dx = point.x - otherPoint.x
                let dy = point.y - otherPoint.y
                sums[labels[other]] += (dx * dx + dy * dy).squareRoot()
                counts[labels[other]] += 1
            }
            let own = labels[index]
            guard counts[own] > 0 else { continue }
            let a = sums[own] / Double(counts[own])
            var b = Double.infinity
            for cluster in 0..<clusters where cluster != own && counts[cluster] > 0 { b = min(b, sums[cluster] / Double(counts[cluster])) }
            let scale = max(a, b)
            if b.isFinite, scale > 0 { total += (b - a) / scale }
        }
        return total / Double(points.count)
    }
}
