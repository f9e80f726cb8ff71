import XCTest
@testable import Text

final class SentenceSegmenterTests: XCTestCase {
    func sentences(_ text: String) -> [String] { SentenceSegmenter.sentences(of: text) }

    func testPlainSentences() {
        XCTAssertEqual(sentences("Iran vowed revenge. The U.S. sent troops! Why? Nobody knows."),
                       ["Iran vowed revenge.", "The U.S. sent troops!", "Why?", "Nobody knows."])
    }

    func testTitlesAndInitialsDoNotEndSentences() {
        XCTAssertEqual(sentences("Gen. Qassem Soleimani attended. He left."), ["Gen. Qassem Soleimani attended.", "He left."])
        XCTAssertEqual(sentences("Defense Secretary Mark T. Esper said so."), ["Defense Secretary Mark T. Esper said so."])
        XCTAssertEqual(sentences("Nebraska Republican Sen. Ben. Sasse, in a statement, said so."),
                       ["Nebraska Republican Sen. Ben. Sasse, in a statement, said so."])
        XCTAssertEqual(sentences("Brig. Gen. Amir Hatami added that. Maj. Gen. Qasem Soleimani rose."),
                       ["Brig. Gen. Amir Hatami added that.", "Maj. Gen. Qasem Soleimani rose."])
        XCTAssertEqual(sentences("Earlier, Gen. Mark A. Milley spoke."), ["Earlier, Gen. Mark A. Milley spoke."])
    }

    func testDatesTimesAndPartyTags() {
        XCTAssertEqual(sentences("He was killed on Jan. 3 in Baghdad."), ["He was killed on Jan. 3 in Baghdad."])
        XCTAssertEqual(sentences("At 9:32 p.m. ET, Trump tweeted. Then nothing."), ["At 9:32 p.m. ET, Trump tweeted.", "Then nothing."])
        XCTAssertEqual(sentences("It ended at 11 p.m. The next day began."), ["It ended at 11 p.m.", "The next day began."])
        XCTAssertEqual(sentences("Rep. Adam Schiff, D-Calif., tweeted. Congress did not act."),
                       ["Rep. Adam Schiff, D-Calif., tweeted.", "Congress did not act."])
        XCTAssertEqual(sentences("Tom Udall, D-New Mex., said in a statement."), ["Tom Udall, D-New Mex., said in a statement."])
        XCTAssertEqual(sentences("a Dec. 27 rocket attack"), ["a Dec. 27 rocket attack"])
    }

    func testInitialismAtTheEndOfASentence() {
        XCTAssertEqual(sentences("The U.S. military acted."), ["The U.S. military acted."])
        XCTAssertEqual(sentences("He flew to the U.S. The trip was long."), ["He flew to the U.S.", "The trip was long."])
        XCTAssertEqual(sentences("The U.S. Embassy was shelled."), ["The U.S. Embassy was shelled."])
    }

    func testQuotesAroundSentenceEnds() {
        XCTAssertEqual(sentences("He said, “This is simple.” Iran responded."), ["He said, “This is simple.”", "Iran responded."])
        XCTAssertEqual(sentences("“Is it?” he asked."), ["“Is it?” he asked."])
        XCTAssertEqual(sentences("It was “bitter.” “The final victory” came."), ["It was “bitter.”", "“The final victory” came."])
    }

    func testNumbersAndLowercaseContinuations() {
        XCTAssertEqual(sentences("Oil rose 1.2 percent. Brent rose 1.3 percent."), ["Oil rose 1.2 percent.", "Brent rose 1.3 percent."])
        XCTAssertEqual(sentences("Prices rose. 5,000 troops are there."), ["Prices rose.", "5,000 troops are there."])
        XCTAssertEqual(sentences("Visit www.example.org to learn more."), ["Visit www.example.org to learn more."])
        XCTAssertEqual(sentences("He said no. and left"), ["He said no. and left"])
    }

    func testEmptyAndWhitespace() {
        XCTAssertEqual(sentences(""), [])
        XCTAssertEqual(sentences("   "), [])
        XCTAssertEqual(sentences("No final period"), ["No final period"])
    }
}
