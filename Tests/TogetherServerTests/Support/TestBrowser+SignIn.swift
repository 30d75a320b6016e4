import XCTest

extension TestBrowser {
    /// Signs in through the login form and checks it worked.
    func signIn(_ email: String, _ password: String, file: StaticString = #filePath, line: UInt = #line) async throws {
        let page = try await submit("/en/login", [("email", email), ("password", password)])
        XCTAssertEqual(page.status, .seeOther, "sign-in failed: \(page.body.prefix(300))", file: file, line: line)
    }
}
