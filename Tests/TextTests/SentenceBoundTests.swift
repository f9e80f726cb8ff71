import XCTest
@testable import Text

final class SentenceBoundTests: XCTestCase {
    private func bounded(_ text: String) -> (sentences: [String], cut: Int) {
        var copy = text
        return copy.withUTF8 { buffer in
            let (ranges, cut) = SentenceSegmenter.boundedSentences(in: buffer)
            return (ranges.map { String(decoding: UnsafeBufferPointer(rebasing: buffer[$0]), as: UTF8.self) }, cut)
        }
    }

    func testOrdinarySentencesAreNotCut() {
        let text = "The first sentence. The second one is here."
        let result = bounded(text)
        XCTAssertEqual(result.sentences, SentenceSegmenter.sentences(of: text))
        XCTAssertEqual(result.cut, 0)
    }

    func testALongSentenceIsCutAtSpacesIntoBoundedPieces() {
        let word = "naïve-word"   // 12 bytes with the space
        let long = Array(repeating: word, count: 1_000).joined(separator: " ")   // 11,999 bytes
        let result = bounded("Before. The " + long + ". After.")
        XCTAssertEqual(result.cut, 1)
        XCTAssertEqual(result.sentences.first, "Before.")
        XCTAssertEqual(result.sentences.last, "After.")
        let pieces = result.sentences.dropFirst().dropLast()
        XCTAssertEqual(pieces.count, 4)   // 12,004 bytes in pieces of at most 4,000
        XCTAssertTrue(pieces.allSatisfy { $0.utf8.count <= SentenceSegmenter.maximumSentenceBytes })
        // Cut at spaces: no word is split, and nothing is lost.
        XCTAssertEqual(pieces.joined(separator: " "), "The " + long + ".")
    }

    func testALongRunWithoutSpacesIsCutAtCharacterBoundaries() {
        let run = String(repeating: "é", count: 5_000)   // 10,000 bytes, no space
        let result = bounded(run)
        XCTAssertEqual(result.cut, 1)
        XCTAssertEqual(result.sentences.joined(), run)
        XCTAssertTrue(result.sentences.allSatisfy { $0.utf8.count <= SentenceSegmenter.maximumSentenceBytes })
    }
}
