import Dispatch

/// `transform` applied to 0..<count on every core, results in order. Each call writes only its own
/// slot, so the slots need no lock; the buffer outlives every call because `concurrentPerform`
/// returns only when all have finished.
func parallelMap<T>(_ count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
    var values = [T?](repeating: nil, count: count)
    values.withUnsafeMutableBufferPointer { buffer in
        nonisolated(unsafe) let slots = buffer.baseAddress!
        DispatchQueue.concurrentPerform(iterations: count) { index in (slots + index).pointee = transform(index) }
    }
    return values.map { $0! }
}
