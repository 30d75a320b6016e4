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

    /// A file that analyses in passes read again, any part of it, a megabyte at a time.
    static func source(_ file: String) throws -> ResponseStream.Source {
        guard let size = (try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? Int,
            FileManager.default.isReadableFile(atPath: file)
        else { throw CheckFailure("\(file): cannot be read.") }
        guard size > 0 else { throw CheckFailure("\(file): is empty; there is nothing to analyse.") }
        return ResponseStream.Source(count: size) { range, piece throws(ImpactError) in
            guard let handle = FileHandle(forReadingAtPath: file) else {
                throw .badInput(file: file, line: nil, problem: "it can no longer be read.")
            }
            defer { try? handle.close() }
            do {
                try handle.seek(toOffset: UInt64(range.lowerBound))
            } catch {
                throw .badInput(file: file, line: nil, problem: "it can no longer be read.")
            }
            var left = range.count
            while left > 0 {
                let data = handle.readData(ofLength: min(left, 1 << 20))
                if data.isEmpty { return }
                left -= data.count
                try [UInt8](data).withUnsafeBufferPointer { (bytes) throws(ImpactError) in try piece(bytes) }
            }
        }
    }
}
