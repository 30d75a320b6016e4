import FuzzDriver
import Impact

// libFuzzer entry point for message-test imports (built by scripts/fuzz.sh with
// -sanitize=fuzzer,address): any bytes as a responses CSV with an arm, two outcomes, a covariate and
// a segment are refused with an error or read, and read answers are analysed or refused with an
// error — never a trap.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImpactCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard
        let responses = try? Responses.read(
            csv: text, arm: "arm", outcomes: ["likert", "pledge"], covariates: ["x"], segment: "seg")
    else { return 0 }
    _ = try? MessageTest.analyze(responses)
    return 0
}

@_cdecl("FuzzImpactCSV_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzImpactCSV)
}
