import Foundation

/// Two principal components of the centred vote matrix by power iteration on its sparse form:
/// missing votes are imputed with the statement's mean, so after centring they are zero and are
/// never stored. Deterministic: starts from all ones (or the previous model's components) and runs
/// until the direction stops changing.
struct PCA: Sendable {
    /// Mean vote per statement over the votes cast on it (0 for zeroed statements).
    let center: [Double]
    /// Two unit vectors over the statements; each flipped so its largest entry is positive.
    let components: [[Double]]
    /// Power-iteration steps each component took.
    let steps: [Int]

    static let maximumSteps = 10_000

    /// The centred entries of the matrix, row by row; zeroed statements leave nothing.
    struct Centred {
        let rowStarts: [Int]
        let columns: [Int32]
        let values: [Double]
        let statementCount: Int
        /// Cells per participant as Pol.is counts them: their votes plus every zeroed statement.
        let cellsPerRow: [Int]

        init(_ matrix: VoteMatrix, center: [Double]) {
            let zeroedCount = matrix.isZeroed.filter { $0 }.count
            var starts = [0]
            var columns: [Int32] = []
            var values: [Double] = []
            var cells: [Int] = []
            columns.reserveCapacity(matrix.voteCount)
            values.reserveCapacity(matrix.voteCount)
            for row in 0..<matrix.participantCount {
                var count = zeroedCount
                matrix.forEachVote(ofRow: row) { column, value in
                    guard !matrix.isZeroed[column] else { return }
                    columns.append(Int32(column))
                    values.append(Double(value) - center[column])
                    count += 1
                }
                starts.append(columns.count)
                cells.append(count)
            }
            rowStarts = starts
            self.columns = columns
            self.values = values
            statementCount = matrix.statementCount
            cellsPerRow = cells
        }

        /// X v: one number per participant.
        func times(_ vector: [Double]) -> [Double] {
            var result = [Double](repeating: 0, count: rowStarts.count - 1)
            for row in 0..<result.count {
                var sum = 0.0
                for index in rowStarts[row]..<rowStarts[row + 1] { sum += values[index] * vector[Int(columns[index])] }
                result[row] = sum
            }
            return result
        }

        /// Xᵀ u: one number per statement.
        func transposeTimes(_ vector: [Double]) -> [Double] {
            var result = [Double](repeating: 0, count: statementCount)
            for row in 0..<rowStarts.count - 1 {
                let weight = vector[row]
                if weight == 0 { continue }
                for index in rowStarts[row]..<rowStarts[row + 1] { result[Int(columns[index])] += values[index] * weight }
            }
            return result
        }
    }

    static func center(of matrix: VoteMatrix) -> [Double] {
        var sums = [Double](repeating: 0, count: matrix.statementCount)
        var counts = [Int](repeating: 0, count: matrix.statementCount)
        for index in matrix.columns.indices {
            sums[Int(matrix.columns[index])] += Double(matrix.values[index])
            counts[Int(matrix.columns[index])] += 1
        }
        return (0..<matrix.statementCount).map { matrix.isZeroed[$0] || counts[$0] == 0 ? 0 : sums[$0] / Double(counts[$0]) }
    }

    /// - Parameter start: the previous model's components, to warm-start from; all ones otherwise.
    init(_ centred: Centred, center: [Double], start: [[Double]]? = nil) {
        self.center = center
        let count = centred.statementCount
        var components: [[Double]] = []
        var steps: [Int] = []
        // Deflation as Pol.is does it: each found component with X times it, subtracted on both sides.
        var found: [(component: [Double], image: [Double])] = []
        for index in 0..<2 {
            func multiply(_ vector: [Double]) -> [Double] {
                var image = centred.times(vector)
                for (component, componentImage) in found {
                    let weight = dot(component, vector)
                    for row in image.indices { image[row] -= componentImage[row] * weight }
                }
                var result = centred.transposeTimes(image)
                for (component, componentImage) in found {
                    let weight = dot(componentImage, image)
                    for column in result.indices { result[column] -= component[column] * weight }
                }
                return result
            }
            var vector =
                start.flatMap { $0.count > index && $0[index].count == count && norm($0[index]) > 0 ? $0[index] : nil }
                ?? [Double](repeating: 1, count: count)
            // All ones can be exactly orthogonal to every component (two camps answering the same
            // statements in mirror image): then start again from 1, 2, 3… — still deterministic.
            var restarted = false
            var step = 0
            var lastLength = 0.0
            while step < Self.maximumSteps {
                step += 1
                let product = multiply(vector)
                let length = norm(product)
                guard length > 0 else {
                    if !restarted, step == 1 {
                        restarted = true
                        vector = (0..<count).map { Double($0 + 1) }
                        continue
                    }
                    vector = product
                    break
                }
                let next = product.map { $0 / length }
                // Converged when the direction no longer moves (a cosine test near 1 cannot see
                // changes below 1e-8 of a radian) or the eigenvalue estimate repeats exactly.
                var moved = 0.0
                for index in next.indices { moved += (next[index] - vector[index]) * (next[index] - vector[index]) }
                vector = next
                if moved.squareRoot() < 1e-13 || length == lastLength { break }
                lastLength = length
            }
            // Sign: the largest-magnitude entry positive, so the same data always draws the same map.
            if let largest = vector.indices.max(by: { abs(vector[$0]) < abs(vector[$1]) || (abs(vector[$0]) == abs(vector[$1]) && $0 > $1) }
            ),
                vector[largest] < 0
            {
                vector = vector.map { -$0 }
            }
            var image = centred.times(vector)
            for (component, componentImage) in found {
                let weight = dot(component, vector)
                for row in image.indices { image[row] -= componentImage[row] * weight }
            }
            found.append((vector, image))
            components.append(vector)
            steps.append(step)
        }
        self.components = components
        self.steps = steps
    }

    /// Where each participant sits: their centred votes on the two components, scaled up for people
    /// who answered few statements (√(M / cells)).
    func project(_ centred: Centred) -> [(x: Double, y: Double)] {
        let first = centred.times(components[0])
        let second = centred.times(components[1])
        let statements = Double(centred.statementCount)
        return first.indices.map { row in
            let scale = (statements / Double(max(centred.cellsPerRow[row], 1))).squareRoot()
            return (first[row] * scale, second[row] * scale)
        }
    }
}

@inline(__always)
func dot(_ a: [Double], _ b: [Double]) -> Double {
    var sum = 0.0
    for index in a.indices { sum += a[index] * b[index] }
    return sum
}

@inline(__always)
func norm(_ a: [Double]) -> Double { dot(a, a).squareRoot() }
