import XCTest
@testable import Text

final class ParagraphSplitterTests: XCTestCase {
    func testBlankLinesAndSingleLineBreaksSeparateParagraphs() {
        let text = "First paragraph.\n\nSecond one.\nThird one on its own line.\n\n\n  Fourth, indented.  \n"
        XCTAssertEqual(ParagraphSplitter.paragraphs(of: text),
                       ["First paragraph.", "Second one.", "Third one on its own line.", "Fourth, indented."])
    }

    func testALineBreakInsideASentenceIsAWrap() {
        XCTAssertEqual(ParagraphSplitter.paragraphs(of: "The attack killed\nthe general.\nIran vowed revenge."),
                       ["The attack killed the general.", "Iran vowed revenge."])
    }

    func testHardWrappedBlocksAreJoined() {
        let text = """
        The Pentagon said on Friday that the strike was ordered by
        President Donald Trump after weeks of rising tensions with
        Iran and its proxies in the region.

        A headline
        Another headline
        """
        XCTAssertEqual(ParagraphSplitter.paragraphs(of: text), [
            "The Pentagon said on Friday that the strike was ordered by President Donald Trump after weeks of rising tensions with Iran and its proxies in the region.",
            "A headline", "Another headline",
        ])
    }

    func testNoParagraphs() {
        XCTAssertEqual(ParagraphSplitter.paragraphs(of: ""), [])
        XCTAssertEqual(ParagraphSplitter.paragraphs(of: "\n \n\t\n"), [])
    }
}
