import Crypto
import FluentKit
import Foundation
import TogetherStore
import XCTest

@testable import TogetherServer

/// A new key for contact details: everything sealed again, the old key gone, an interrupted rotation finished.
final class ContactKeyRotationTests: XCTestCase {
    func testRotationSealsEveryContactAgainAndSurvivesAnInterruption() async throws {
        try await withTestApp { browser, services in
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("together-key-\(UUID().uuidString)").path
            defer { try? FileManager.default.removeItem(atPath: directory) }
            let original = try ContactVault.load(environmentValue: nil, dataDirectory: directory)
            var ids: [UUID] = []
            for title in ["First", "Second"] {
                let created = try await browser.json("/api/v1/stories", method: .post, StoriesAPITests.submission(title: title))
                let id = try XCTUnwrap(UUID(uuidString: try XCTUnwrap(created.object["id"] as? String)))
                let found = try await StoryRecord.find(id, on: services.store.database)
                let record = try XCTUnwrap(found)
                record.contactSealed = try original.seal("+49 170 000000\(ids.count)")
                try await record.save(on: services.store.database)
                ids.append(id)
            }

            // An earlier run wrote the next key and sealed the second story before it stopped.
            let next = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }
            FileManager.default.createFile(atPath: directory + "/contact.key.next", contents: next, attributes: [.posixPermissions: 0o600])
            let found = try await StoryRecord.find(ids[1], on: services.store.database)
            let second = try XCTUnwrap(found)
            second.contactSealed = try ContactVault(key: SymmetricKey(data: next)).seal("+49 170 0000001")
            try await second.save(on: services.store.database)
            XCTAssertThrowsError(try ContactVault.load(environmentValue: nil, dataDirectory: directory), "no server starts mid-rotation")

            let rotation = try await ContactVault.rotate(dataDirectory: directory, database: services.store.database)
            XCTAssertEqual(rotation, ContactVault.Rotation(resealed: 1, unreadable: 0))
            XCTAssertFalse(FileManager.default.fileExists(atPath: directory + "/contact.key.next"))
            let rotated = try ContactVault.load(environmentValue: nil, dataDirectory: directory)
            for (index, id) in ids.enumerated() {
                let found = try await StoryRecord.find(id, on: services.store.database)
                let sealed = try XCTUnwrap(try XCTUnwrap(found).contactSealed)
                XCTAssertEqual(rotated.open(sealed), "+49 170 000000\(index)")
                XCTAssertNil(original.open(sealed), "the old key opens nothing any more")
            }
            let attributes = try FileManager.default.attributesOfItem(atPath: directory + "/contact.key")
            XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        }
    }
}
