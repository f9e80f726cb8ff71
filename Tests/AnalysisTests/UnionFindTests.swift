import XCTest
@testable import Analysis
import Text

final class UnionFindTests: XCTestCase {
    func testAttachKeepsTheChosenRootAndFindsEveryMember() {
        var sets = UnionFind(count: 6)
        sets.attach(1, under: 0)
        sets.attach(3, under: 2)
        sets.attach(sets.find(3), under: sets.find(1))   // {0,1} absorbs {2,3}
        XCTAssertEqual((0..<4).map { sets.find($0) }, [0, 0, 0, 0])
        XCTAssertEqual(sets.find(4), 4)
        sets.attach(0, under: 5)                          // the caller's rule may pick either root
        XCTAssertEqual((0..<6).map { sets.find($0) }, [5, 5, 5, 5, 4, 5])
    }

    func testCharacterCursorCountsScalarsAsTheTableDoes() {
        let text = "Zürich – “quoted” 東京 e\u{301}"
        let table = CharacterOffsets(text)
        var cursor = CharacterOffsets.Cursor()
        var copy = text
        copy.withUTF8 { bytes in
            for byte in 0...bytes.count {
                XCTAssertEqual(Int(cursor.offset(of: byte, in: bytes)), table.offset(of: byte), "byte \(byte)")
            }
            // Past the end, the count stays at the number of scalars.
            XCTAssertEqual(Int(cursor.offset(of: bytes.count + 5, in: bytes)), text.unicodeScalars.count)
        }
    }
}
