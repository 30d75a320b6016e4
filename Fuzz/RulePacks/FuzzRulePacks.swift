import FuzzDriver
import NarrativeChecker

// libFuzzer entry point for rule packs, the YAML partners paste (built by scripts/fuzz.sh with
// -sanitize=fuzzer,address): any bytes are refused with an error or parsed; a parsed pack compiles
// into a checker or is refused, and a compiled one runs the pack's own examples.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRulePacks(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let pack = try? RulePack.parse(yaml: text, file: "fuzz.yaml") else { return 0 }
    guard let checker = try? Checker(packs: [pack]) else { return 0 }
    _ = checker.failingExamples(of: pack)
    return 0
}

@_cdecl("FuzzRulePacks_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzRulePacks)
}
