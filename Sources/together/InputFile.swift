import Foundation
import Impact

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

    /// A file read from its start at each call, a megabyte at a time (for analyses in passes).
    static func pieces(_ file: String) throws -> ResponseStream.Source {
        guard FileManager.default.isReadableFile(atPath: file) else { throw CheckFailure("\(file): cannot be read.") }
        return { piece throws(ImpactError) in
            guard let handle = FileHandle(forReadingAtPath: file) else {
                throw .badInput(file: file, line: nil, problem: "it can no longer be read.")
            }
            defer { try? handle.close() }
            while true {
                let data = handle.readData(ofLength: 1 << 20)
                if data.isEmpty { return }
                try [UInt8](data).withUnsafeBufferPointer { (bytes) throws(ImpactError) in try piece(bytes) }
            }
        }
    }
}
