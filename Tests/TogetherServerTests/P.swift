import XCTest; import HummingbirdTesting; import SnapshotTesting; @testable import TogetherServer; final class P: XCTestCase { func testX() {} }
