import FluentKit
import Foundation
import HTTPTypes
import NIOCore
import TogetherStore
import XCTest

@testable import TogetherServer

/// A teller's photo: stored without metadata, shown only on the public story, a face only with consent.
final class PhotoUploadTests: XCTestCase {
    static func fixture(_ name: String) throws -> ByteBuffer {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../PhotosTests/Fixtures/\(name)")
        return ByteBuffer(data: try Data(contentsOf: url.standardizedFileURL))
    }

    func testAPhotoLosesItsMetadataAndAFaceWaitsForTheTellersConsent() async throws {
        try await withTestApp { browser, services in
            let moderator: HTTPFields = [
                .authorization: "Bearer \(try await services.accounts.createAPIToken(name: "amal", role: .moderator))"
            ]
            let story = try await TestStories.publish(StoriesAPITests.submission(), browser: browser, moderator: moderator)
            let upload = { (name: String, face: String) async throws -> TestBrowser.Page in
                try await browser.send(
                    "/api/v1/my-story/photo?showsFace=\(face)", method: .put, headers: story.teller, body: try Self.fixture(name))
            }
            expectEqual(try await upload("gps.jpg", "false").status, .ok)
            let stored = try await StoryPhotoRecord.query(on: services.store.database).all()
            XCTAssertEqual(stored.map(\.mediaType), ["image/jpeg"])
            XCTAssertNil(String(decoding: stored[0].bytes, as: UTF8.self).range(of: "Amal Haddad"), "no name, no GPS: metadata is gone")
            try Self.assertExiftoolFindsNoMetadata(stored[0].bytes, name: "stored.jpg")

            let shown = try await browser.client.execute(uri: "/media/stories/\(story.id)/photo", method: .get, headers: [:], body: nil)
            XCTAssertEqual(shown.status, .ok)
            XCTAssertEqual(shown.headers[.contentType], "image/jpeg")
            XCTAssertEqual(shown.headers[.cacheControl], "no-store")
            XCTAssertEqual(Data(buffer: shown.body), stored[0].bytes)

            let page = try await browser.get("/en/stories/\(story.id)")
            XCTAssertTrue(page.contains(#"<img src="/media/stories/\#(story.id)/photo" alt="A photo the teller shared with this story">"#))

            // A face: hidden until the teller allows it, at once.
            expectEqual(try await upload("gps.png", "true").status, .ok)
            expectEqual(try await browser.get("/media/stories/\(story.id)/photo").status, .notFound)
            expectFalse(try await browser.get("/en/stories/\(story.id)").contains("/photo"), "the page shows no photo either")
            _ = try await browser.json(
                "/api/v1/my-story/consent", method: .post, ["publish": true, "partners": true, "face": true], headers: story.teller)
            expectEqual(try await browser.get("/media/stories/\(story.id)/photo").status, .ok)

            // A file that is no photo is refused and the one before stays.
            let refused = try await browser.send(
                "/api/v1/my-story/photo?showsFace=false", method: .put, headers: story.teller, body: ByteBuffer(string: "<svg onload=x>"))
            XCTAssertEqual(refused.status, .badRequest)
            XCTAssertTrue(refused.body.contains("not a JPEG, PNG or WebP"))
            expectEqual(try await StoryPhotoRecord.query(on: services.store.database).count(), 1)
            expectEqual(
                try await browser.send("/api/v1/my-story/photo", method: .put, headers: story.teller, body: try Self.fixture("gps.jpg"))
                    .status,
                .badRequest, "whether it shows a face must be said")
            expectEqual(
                try await browser.send(
                    "/api/v1/my-story/photo?showsFace=false", method: .put, headers: [:], body: try Self.fixture("gps.jpg")
                )
                .status, .unauthorized)

            // Withdrawal erases the photo with the words.
            _ = try await browser.json("/api/v1/my-story/withdraw", method: .post, headers: story.teller)
            expectEqual(try await StoryPhotoRecord.query(on: services.store.database).count(), 0)
            expectEqual(try await browser.get("/media/stories/\(story.id)/photo").status, .notFound)
        }
    }

    func testModeratorsSeeThePhotoAndSayWhetherAFaceCanBeSeen() async throws {
        try await withTestApp { browser, services in
            let token: HTTPFields = [
                .authorization: "Bearer \(try await services.accounts.createAPIToken(name: "desk", role: .moderator))"
            ]
            let story = try await TestStories.publish(StoriesAPITests.submission(), browser: browser, moderator: token)
            _ = try await browser.send(
                "/api/v1/my-story/photo?showsFace=false", method: .put, headers: story.teller, body: try Self.fixture("gps.jpg"))
            try await services.accounts.createUser(
                email: "amal@example.org", name: "Amal", role: .moderator, password: Fixtures.staffPassword)
            let moderator = TestBrowser(client: browser.client)
            try await moderator.signIn("amal@example.org", Fixtures.staffPassword)
            let review = try await moderator.get("/en/staff/stories/\(story.id)")
            XCTAssertTrue(review.contains(#"<img src="/en/staff/stories/\#(story.id)/photo" alt="The photo sent with this story">"#))
            XCTAssertTrue(review.contains("No face can be seen: the photo is shown with the published story."))
            expectEqual(try await moderator.get("/en/staff/stories/\(story.id)/photo").status, .ok)
            expectEqual(try await browser.get("/en/staff/stories/\(story.id)/photo").status, .seeOther, "visitors are sent to sign in")

            // The moderator sees a face the teller did not mention: the photo leaves the public page at once.
            let marked = try await moderator.post("/en/staff/stories/\(story.id)/photo", [("showsFace", "true")], csrf: review.csrf)
            XCTAssertEqual(marked.status, .seeOther)
            expectEqual(try await browser.get("/media/stories/\(story.id)/photo").status, .notFound)
            let actions = try await AuditEvent.query(on: services.store.database).all().map(\.action)
            XCTAssertTrue(actions.contains("mark-face") && actions.contains("add-photo"))
        }
    }

    /// exiftool (Debian libimage-exiftool-perl) reads what the platform stored: a picture, nothing else.
    static func assertExiftoolFindsNoMetadata(_ bytes: Data, name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let exiftool = "/usr/bin/exiftool"
        guard FileManager.default.isExecutableFile(atPath: exiftool) else {
            if ProcessInfo.processInfo.environment["TOGETHER_REQUIRE_EXIFTOOL"] == "1" {
                XCTFail("exiftool is not installed", file: file, line: line)
            }
            return
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("together-\(UUID().uuidString)-\(name)")
        try bytes.write(to: path)
        defer { try? FileManager.default.removeItem(at: path) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: exiftool)
        process.arguments = ["-a", "-G", path.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertTrue(output.contains("Image Width"), "exiftool reads a picture", file: file, line: line)
        for group in ["[EXIF]", "[XMP", "[IPTC]", "GPS", "Amal Haddad", "Elm Grove"] {
            XCTAssertFalse(output.contains(group), "exiftool still finds \(group) in what was stored", file: file, line: line)
        }
    }

    /// A multipart/form-data body as a browser sends it.
    static func multipart(_ fields: [(String, String)], file: ByteBuffer?, boundary: String = "----together-test") -> ByteBuffer {
        var body = ByteBuffer()
        for (name, value) in fields {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        if var file {
            body.writeString(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"holiday.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n"
            )
            body.writeBuffer(&file)
            body.writeString("\r\n")
        }
        body.writeString("--\(boundary)--\r\n")
        return body
    }

    func testATellerAddsAPhotoFromTheirPageWithoutAnyScript() async throws {
        try await withTestApp { browser, services in
            let created = try await browser.json("/api/v1/stories", method: .post, StoriesAPITests.submission())
            let code = try XCTUnwrap(created.object["receipt"] as? String)
            let page = try await browser.submit("/en/my-story", [("code", code)])
            XCTAssertTrue(page.contains(#"enctype="multipart/form-data""#))
            let csrf = try XCTUnwrap(page.csrf)
            let headers: HTTPFields = [.contentType: "multipart/form-data; boundary=----together-test"]
            func send(_ fields: [(String, String)], _ file: ByteBuffer?) async throws -> TestBrowser.Page {
                try await browser.send("/en/my-story/photo", method: .post, headers: headers, body: Self.multipart(fields, file: file))
            }

            let noFace = try await send([("_csrf", csrf), ("code", code), ("action", "send")], try Self.fixture("gps.jpg"))
            XCTAssertEqual(noFace.status, .ok)
            XCTAssertTrue(noFace.contains("Say whether anyone"), "the face question must be answered")

            let sent = try await send(
                [("_csrf", csrf), ("code", code), ("showsFace", "false"), ("action", "send")], try Self.fixture("gps.jpg"))
            XCTAssertEqual(sent.status, .ok)
            XCTAssertTrue(sent.contains("no face can be seen"))
            let stored = try await StoryPhotoRecord.query(on: services.store.database).all()
            XCTAssertEqual(stored.count, 1)
            XCTAssertNil(String(decoding: stored[0].bytes, as: UTF8.self).range(of: "Elm Grove"))
            try Self.assertExiftoolFindsNoMetadata(stored[0].bytes, name: "from-the-page.jpg")

            let bad = try await send([("_csrf", csrf), ("code", code), ("showsFace", "false")], ByteBuffer(string: "GIF89a not really"))
            XCTAssertEqual(bad.status, .unprocessableContent)
            XCTAssertTrue(bad.contains("not a JPEG, PNG or WebP photo"))

            let forged = try await send([("_csrf", "forged"), ("code", code), ("showsFace", "false")], try Self.fixture("gps.jpg"))
            XCTAssertEqual(forged.status, .forbidden, "the anti-forgery check applies to this form too")

            let removed = try await send([("_csrf", csrf), ("code", code), ("action", "remove")], nil)
            XCTAssertEqual(removed.status, .ok)
            expectEqual(try await StoryPhotoRecord.query(on: services.store.database).count(), 0)
        }
    }

    func testAStoryNotYetPublishedShowsNoPhoto() async throws {
        try await withTestApp { browser, services in
            let created = try await browser.json("/api/v1/stories", method: .post, StoriesAPITests.submission())
            let id = try XCTUnwrap(created.object["id"] as? String).lowercased()
            let teller: HTTPFields = [.authorization: "Receipt \(created.object["receipt"]!)"]
            expectEqual(
                try await browser.send(
                    "/api/v1/my-story/photo?showsFace=false", method: .put, headers: teller, body: try Self.fixture("gps.webp")
                )
                .status, .ok)
            expectEqual(try await browser.get("/media/stories/\(id)/photo").status, .notFound)
        }
    }
}
