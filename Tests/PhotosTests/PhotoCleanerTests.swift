import Foundation
import XCTest

@testable import Photos

final class PhotoCleanerTests: XCTestCase {
    static func fixture(_ name: String) throws -> [UInt8] {
        let url = try XCTUnwrap(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"))
        return Array(try Data(contentsOf: url))
    }

    /// Words the fixtures carry in EXIF, XMP, IPTC and comments (see scripts/make-photo-fixtures.sh).
    static let planted = ["Amal Haddad", "Elm Grove", "Exif", "http://ns.adobe.com", "GPS", "Photoshop", "taken at"]

    static func contains(_ bytes: [UInt8], _ text: String) -> Bool {
        let needle = Array(text.utf8)
        guard bytes.count >= needle.count else { return false }
        return (0...(bytes.count - needle.count)).contains { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    func testEveryFormatLosesItsMetadataAndKeepsItsPicture() throws {
        for (name, kind) in [("gps.jpg", PhotoKind.jpeg), ("gps.png", .png), ("gps.webp", .webp)] {
            let original = try Self.fixture(name)
            XCTAssertTrue(Self.contains(original, "Amal Haddad"), "the fixture \(name) carries a name")
            let cleaned = try PhotoCleaner.clean(original)
            XCTAssertEqual(cleaned.kind, kind)
            for word in Self.planted { XCTAssertFalse(Self.contains(cleaned.bytes, word), "\(name) still holds “\(word)”") }
            XCTAssertLessThan(cleaned.bytes.count, original.count)
            XCTAssertEqual(try PhotoCleaner.clean(cleaned.bytes).bytes, cleaned.bytes, "cleaning twice changes nothing")
        }
    }

    /// exiftool (Debian libimage-exiftool-perl) reads the cleaned files: a picture, no GPS, no names.
    func testExiftoolFindsNoMetadataInTheCleanedFiles() throws {
        let exiftool = "/usr/bin/exiftool"
        guard FileManager.default.isExecutableFile(atPath: exiftool) else {
            if ProcessInfo.processInfo.environment["TOGETHER_REQUIRE_EXIFTOOL"] == "1" { XCTFail("exiftool is not installed") }
            throw XCTSkip("exiftool is not installed (apt-get install libimage-exiftool-perl); scripts/test.sh requires it")
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("together-photos-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for name in ["gps.jpg", "gps.png", "gps.webp"] {
            let file = directory.appendingPathComponent(name)
            try Data(try PhotoCleaner.clean(try Self.fixture(name)).bytes).write(to: file)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: exiftool)
            process.arguments = ["-a", "-G", file.path]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            XCTAssertTrue(output.contains("Image Width"), "\(name): exiftool reads a picture")
            XCTAssertFalse(output.contains("Warning"), "\(name): exiftool finds nothing wrong: \(output)")
            for group in ["[EXIF]", "[XMP", "[IPTC]", "GPS", "Amal Haddad", "Elm Grove", "Comment"] {
                XCTAssertFalse(output.contains(group), "\(name): exiftool still finds \(group)")
            }
        }
    }

    func testTheTypeComesFromTheContent() throws {
        XCTAssertThrowsError(try PhotoCleaner.clean(Array("<svg onload=alert(1)>".utf8))) {
            XCTAssertEqual($0 as? PhotoError, .unsupportedType)
        }
        XCTAssertThrowsError(try PhotoCleaner.clean([])) { XCTAssertEqual($0 as? PhotoError, .empty) }
        XCTAssertThrowsError(try PhotoCleaner.clean(try Self.fixture("gps.jpg"), limit: 100)) {
            XCTAssertEqual($0 as? PhotoError, .tooLarge(limit: 100))
        }
    }

    func testTruncatedOrCorruptFilesAreRefusedWithoutACrash() throws {
        for name in ["gps.jpg", "gps.png", "gps.webp"] {
            let original = try Self.fixture(name)
            for length in stride(from: 3, to: original.count - 1, by: 37) {
                XCTAssertThrowsError(try PhotoCleaner.clean(Array(original.prefix(length))), "\(name) cut at \(length)") { error in
                    XCTAssertNotNil(error as? PhotoError)
                }
            }
            // Flipped bytes: either refused or cleaned, never a crash.
            var generator = SystemRandomNumberGenerator()
            for _ in 0..<200 {
                var damaged = original
                for _ in 0..<3 {
                    damaged[Int.random(in: 0..<damaged.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
                }
                _ = try? PhotoCleaner.clean(damaged)
            }
        }
        // Found by the fuzzer: a stuffed zero outside the picture data was passed on as a marker, so the
        // cleaned file read differently a second time.
        XCTAssertThrowsError(try PhotoCleaner.clean([0xFF, 0xD8, 0xFF, 0x00, 0x00, 0x04, 0x00, 0x00, 0xFF, 0xD9])) {
            XCTAssertEqual($0 as? PhotoError, .malformed("a marker is not valid"))
        }
        var png = try Self.fixture("gps.png")
        png[20] ^= 0xFF  // inside IHDR: its CRC no longer matches
        XCTAssertThrowsError(try PhotoCleaner.clean(png)) { XCTAssertEqual(($0 as? PhotoError).map { "\($0)" }?.contains("corrupt"), true) }
    }
}
