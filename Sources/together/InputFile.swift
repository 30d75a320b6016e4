import Foundation

/// Reads a file or standard input ("-") for a command, at most `maximumBytes`: bigger input is
/// refused rather than read into memory.
enum InputFile {
    static func read(_ file: String, maximumBytes: Int, nothingTo verb: String) throws -> Data {
        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readData(ofLength: maximumBytes + 1)
        } else {
            guard let handle = FileHandle(forReadingAtPath: file) else { throw CheckFailure("\(file): cannot be read.") }
            defer { try? handle.close() }
            data = handle.readData(ofLength: maximumBytes + 1)
        }
        let name = file == "-" ? "standard input" : file
        guard data.count <= maximumBytes else { throw CheckFailure("\(name): larger than \(maximumBytes / 1024 / 1024) MB.") }
        guard !data.isEmpty else { throw CheckFailure("\(name): is empty; there is nothing to \(verb).") }
        return data
    }
}
