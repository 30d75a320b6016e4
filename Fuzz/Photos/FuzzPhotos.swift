import FuzzDriver
import Photos

// libFuzzer entry point for the photo metadata stripper (built by scripts/fuzz.sh with
// -sanitize=fuzzer,address): any bytes are refused with an error or cleaned, and a cleaned photo
// cleans to itself.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPhotos(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let cleaned = try? PhotoCleaner.clean(bytes) else { return 0 }
    guard let again = try? PhotoCleaner.clean(cleaned.bytes), again == cleaned else {
        fatalError("a cleaned \(cleaned.kind) photo does not clean to itself")
    }
    return 0
}

@_cdecl("FuzzPhotos_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzPhotos)
}
