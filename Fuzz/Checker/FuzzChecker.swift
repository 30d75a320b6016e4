import FuzzDriver
import NarrativeChecker

// libFuzzer entry point for the narrative checker with every built-in pack (built by
// scripts/fuzz.sh with -sanitize=fuzzer,address). Any draft, in any of its languages or detected,
// for any medium: findings lie inside the draft, and every report format is written.

let checker: Checker = {
    do { return try Checker.standard() } catch { fatalError("the built-in packs cannot be read: \(error)") }
}()
let languages: [String?] = [nil] + Checker.builtInLanguages
let media = Medium.allCases

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzChecker(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let choice = Int(bytes.first ?? 0)
    let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
    let options = Checker.Options(
        language: languages[choice % languages.count], audienceLanguage: choice & 0x80 == 0 ? nil : "en",
        medium: media[(choice / languages.count) % media.count], readerLanguage: "ar")
    let report = checker.check(text, options: options)
    let length = text.unicodeScalars.count
    for finding in report.findings where finding.start < 0 || finding.end > length || finding.start > finding.end {
        fatalError("a finding outside the draft: \(finding.start)..<\(finding.end) of \(length)")
    }
    _ = report.jsonBytes(file: "draft.txt")
    _ = report.textBytes(for: text, file: "draft.txt")
    return 0
}

@_cdecl("FuzzChecker_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    // Built before the first input, so the packs it keeps for the whole run are not taken for a leak.
    for language in languages {
        for medium in media {
            let report = checker.check("", options: .init(language: language, audienceLanguage: "en", medium: medium, readerLanguage: "ar"))
            _ = report.jsonBytes(file: "draft.txt")
            _ = report.textBytes(for: "", file: "draft.txt")
        }
    }
    return runFuzzer(argc, argv, fuzzChecker)
}
