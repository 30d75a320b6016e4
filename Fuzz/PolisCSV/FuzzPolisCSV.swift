import CommonGround
import FuzzDriver

// libFuzzer entry point for Pol.is imports (built by scripts/fuzz.sh with
// -sanitize=fuzzer,address): any bytes as votes.csv and as comments.csv are refused with an error
// naming the file or read; votes that are read give a vote matrix the opinion math accepts.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPolisCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let text = String(decoding: bytes, as: UTF8.self)
    _ = try? PolisExport.statements(csv: text)
    guard let votes = try? PolisExport.votes(csv: text) else { return 0 }
    guard let matrix = try? PolisExport.voteMatrix(csv: bytes) else {
        fatalError("votes read one way but not the other")
    }
    // The math is for conversations, not megabytes: small inputs only, so runs stay fast.
    if votes.count <= 400 { _ = CommonGround.analyze(matrix) }
    return 0
}

@_cdecl("FuzzPolisCSV_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzPolisCSV)
}
