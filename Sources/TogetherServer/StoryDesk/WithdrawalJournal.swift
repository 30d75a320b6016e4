import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A content-free record of every erased story — its id and when, nothing else — kept in a file
/// beside the database rather than in it, so that restoring an older backup can erase again what was
/// withdrawn after that backup was taken. One line per story: `<uuid> <ISO 8601 time>`.
public struct WithdrawalJournal: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// Appends the stories and flushes the file to disk before returning. The file is opened in
    /// append mode and written in one call, so two erasures at once (a withdrawal and the retention
    /// purge) never overwrite each other's lines; it is created readable by its owner only. With no
    /// ids it only makes sure the file exists.
    public func record(_ ids: [UUID], at date: Date) throws {
        let stamp = ISO8601DateFormatter().string(from: date)
        let bytes = Array(ids.map { "\($0.uuidString.lowercased()) \(stamp)\n" }.joined().utf8)
        try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT, 0o600)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteNoPermission) }
        defer { close(descriptor) }
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count, fsync(descriptor) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    public var exists: Bool { FileManager.default.fileExists(atPath: path) }

    /// Every story the journal says was erased; lines that are not a story id are skipped.
    public func erasedStories() throws -> [UUID] {
        guard exists else { return [] }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in line.split(separator: " ").first.flatMap { UUID(uuidString: String($0)) } }
    }
}
