import Foundation

/// A content-free record of every erased story — its id and when, nothing else — kept in a file
/// beside the database rather than in it, so that restoring an older backup can erase again what was
/// withdrawn after that backup was taken. One line per story: `<uuid> <ISO 8601 time>`.
public struct WithdrawalJournal: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// Appends the erased stories and flushes the file to disk before returning.
    public func record(_ ids: [UUID], at date: Date) throws {
        guard !ids.isEmpty else { return }
        let stamp = ISO8601DateFormatter().string(from: date)
        let lines = ids.map { "\($0.uuidString.lowercased()) \(stamp)\n" }.joined()
        let manager = FileManager.default
        if !manager.fileExists(atPath: path) {
            try? manager.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            guard manager.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                throw CocoaError(.fileWriteNoPermission)
            }
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(lines.utf8))
        try handle.synchronize()
    }

    /// Every story the journal says was erased; lines that are not a story id are skipped.
    public func erasedStories() throws -> [UUID] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in line.split(separator: " ").first.flatMap { UUID(uuidString: String($0)) } }
    }
}
