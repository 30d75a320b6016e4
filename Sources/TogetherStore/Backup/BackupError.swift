/// Why a backup or a restore could not be made, in words for the person running it.
public enum BackupError: Error, CustomStringConvertible, Equatable {
    case exists(String)
    case notABackup(String)
    case tool(String, reason: String)

    public var description: String {
        switch self {
        case .exists(let path): return "\(path) already exists; choose a new file name so no backup is overwritten."
        case .notABackup(let path): return "\(path) is not a Together backup that passes its integrity check; nothing was restored."
        case .tool(let name, let reason): return "\(name) failed: \(reason)"
        }
    }
}
