/// A problem in a translation catalog, said so a translator can find and fix it.
public struct CatalogError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The 1-based line in the catalog file, when the problem is on one line.
    public let line: Int?
    public let reason: String
    /// The catalog's file name, filled in by whoever loaded the file.
    public var file: String?

    public init(line: Int?, reason: String, file: String? = nil) {
        self.line = line
        self.reason = reason
        self.file = file
    }

    public var description: String {
        let place = [file, line.map { "line \($0)" }].compactMap { $0 }.joined(separator: ", ")
        return place.isEmpty ? reason : "\(place): \(reason)"
    }
}
