import HTTPTypes
import NIOConcurrencyHelpers

/// Every registered path pattern with its methods, so a request for a known address with a method
/// it does not have is answered 405 with `Allow` instead of 404. Filled while routes are registered.
final class RouteTable: Sendable {
    private let patterns = NIOLockedValueBox<[(components: [Substring], methods: Set<HTTPRequest.Method>)]>([])

    func add(_ path: String, _ method: HTTPRequest.Method) {
        let components = path.split(separator: "/")
        patterns.withLockedValue { patterns in
            if let index = patterns.firstIndex(where: { $0.components == components }) {
                patterns[index].methods.insert(method)
            } else {
                patterns.append((components, [method]))
            }
        }
    }

    /// The methods of the most specific patterns `path` matches (`:name` matches any one
    /// component; `/stories/withdrawn` is more specific than `/stories/:id`), HEAD with GET; empty
    /// when no route has this address.
    func methods(for path: String) -> Set<HTTPRequest.Method> {
        let components = path.split(separator: "/")
        var methods: Set<HTTPRequest.Method> = []
        var bestLiterals = -1
        patterns.withLockedValue { patterns in
            for pattern in patterns where pattern.components.count == components.count {
                let matches = zip(pattern.components, components).allSatisfy { expected, actual in
                    expected.hasPrefix(":") || expected == actual
                }
                guard matches else { continue }
                let literals = pattern.components.filter { !$0.hasPrefix(":") }.count
                if literals > bestLiterals {
                    bestLiterals = literals
                    methods = pattern.methods
                } else if literals == bestLiterals {
                    methods.formUnion(pattern.methods)
                }
            }
        }
        if methods.contains(.get) { methods.insert(.head) }
        return methods
    }
}
