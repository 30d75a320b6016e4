import HTTPTypes
import NIOConcurrencyHelpers

/// Every registered path pattern with its methods, so a request for a known address with a method
/// it does not have is answered 405 with `Allow` instead of 404. Filled while routes are
/// registered; grouped by the number of path components, so a look-up scans only patterns of the
/// request's length (a few dozen).
final class RouteTable: Sendable {
    private typealias Pattern = (components: [Substring], literals: Int, methods: Set<HTTPRequest.Method>)
    private let patterns = NIOLockedValueBox<[Int: [Pattern]]>([:])

    func add(_ path: String, _ method: HTTPRequest.Method) {
        let components = path.split(separator: "/")
        patterns.withLockedValue { patterns in
            var group = patterns[components.count, default: []]
            if let index = group.firstIndex(where: { $0.components == components }) {
                group[index].methods.insert(method)
            } else {
                group.append((components, components.filter { !$0.hasPrefix(":") }.count, [method]))
            }
            patterns[components.count] = group
        }
    }

    /// The methods of the most specific patterns `path` matches (`:name` matches any one
    /// component; `/stories/withdrawn` is more specific than `/stories/:id`), HEAD with GET; empty
    /// when no route has this address.
    func methods(for path: String) -> Set<HTTPRequest.Method> {
        let components = path.split(separator: "/")
        guard let group = patterns.withLockedValue({ $0[components.count] }) else { return [] }
        var methods: Set<HTTPRequest.Method> = []
        var bestLiterals = -1
        for pattern in group {
            let matches = zip(pattern.components, components).allSatisfy { expected, actual in
                expected.hasPrefix(":") || expected == actual
            }
            guard matches else { continue }
            if pattern.literals > bestLiterals {
                bestLiterals = pattern.literals
                methods = pattern.methods
            } else if pattern.literals == bestLiterals {
                methods.formUnion(pattern.methods)
            }
        }
        if methods.contains(.get) { methods.insert(.head) }
        return methods
    }
}
