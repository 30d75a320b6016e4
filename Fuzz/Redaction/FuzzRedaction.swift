import FuzzDriver
import Redaction

// libFuzzer entry point for the personal-details detectors (built by scripts/fuzz.sh with
// -sanitize=fuzzer,address). Any text, in any of the lexicons' languages or none: detection must
// not crash, spans must lie inside the text, and redaction must give back text.

let redactor: Redactor = {
    do { return try Redactor.builtIn() } catch { fatalError("the built-in word lists cannot be read: \(error)") }
}()
let languages: [String?] = [nil, "en", "de", "fr", "es", "it", "ar", "tr", "pt", "nl", "sv"]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRedaction(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let language = languages[Int(bytes.first ?? 0) % languages.count]
    guard let found = try? redactor.detect(in: bytes, language: language) else { return 0 }
    let length = found.text.unicodeScalars.count
    for span in found.spans where span.start < 0 || span.end > length || span.start >= span.end {
        fatalError("a span outside the text: \(span.start)..<\(span.end) of \(length)")
    }
    _ = Redactor.redact(found.text, spans: found.spans, style: .label, minimumConfidence: 0)
    _ = Redactor.redact(found.text, spans: found.spans, style: .mask, minimumConfidence: 0)
    return 0
}

@_cdecl("FuzzRedaction_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzRedaction)
}
