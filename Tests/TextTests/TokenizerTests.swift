import XCTest
@testable import Text

final class TokenizerTests: XCTestCase {
    let tokenizer = Tokenizer()

    func tokens(_ text: String) -> [String] { tokenizer.tokens(of: text) }

    func testCurlyAndStraightApostrophesGiveTheSameTokens() {
        XCTAssertEqual(tokens("Iran’s"), ["iran"])
        XCTAssertEqual(tokens("Iran's"), ["iran"])
        XCTAssertEqual(tokens("Soleimani’s growing authority"), ["soleimani", "growing", "authority"])
        XCTAssertEqual(tokens("didn’t"), tokens("didn't"))
        XCTAssertEqual(tokens("didn’t"), ["didn't"])
        XCTAssertEqual(tokens("Shi'ite militia"), ["shi'ite", "militia"])
        XCTAssertEqual(tokens("O’Brien"), ["o'brien"])
    }

    func testPluralPossessiveApostropheIsDropped() {
        XCTAssertEqual(tokens("Congress’ war making"), ["congress", "war", "making"])
        XCTAssertEqual(tokens("The US' act"), ["the", "us", "act"])
    }

    func testInitialismsAreOneTokenWithTheirPeriods() {
        XCTAssertEqual(tokens("U.S. troops"), ["u.s.", "troops"])
        XCTAssertEqual(tokens("a U.S.-designated group"), ["a", "u.s.-designated", "group"])
        XCTAssertEqual(tokens("U.S.-Iran ties"), ["u.s.-iran", "ties"])
        XCTAssertEqual(tokens("at 11 p.m. in Washington"), ["at", "11", "p.m.", "in", "washington"])
        XCTAssertEqual(tokens("e.g. this"), ["e.g.", "this"])
        // A sentence-final period after a normal word is not part of the token.
        XCTAssertEqual(tokens("He left."), ["he", "left"])
        XCTAssertEqual(tokens("Rep. Adam Schiff, D-Calif., tweeted"), ["rep", "adam", "schiff", "d-calif", "tweeted"])
    }

    func testNumbersKeepTheirSeparators() {
        XCTAssertEqual(tokens("More than 1,200 Lebanese"), ["more", "than", "1,200", "lebanese"])
        XCTAssertEqual(tokens("rose 1.2 percent."), ["rose", "1.2", "percent"])
        XCTAssertEqual(tokens("rose 1.2."), ["rose", "1.2"])
        XCTAssertEqual(tokens("at 11:45 p.m."), ["at", "11:45", "p.m."])
        XCTAssertEqual(tokens("76% of 2,000"), ["76%", "of", "2,000"])
        XCTAssertEqual(tokens("a list: 1,20,3"), ["a", "list", "1", "20", "3"])
        XCTAssertEqual(tokens("$1.13bn (£600m)"), ["1.13bn", "600m"])
    }

    func testHyphensJoinAndDashesSeparate() {
        XCTAssertEqual(tokens("Iran-backed al-Muhandis"), ["iran-backed", "al-muhandis"])
        XCTAssertEqual(tokens("the 34-day war"), ["the", "34-day", "war"])
        XCTAssertEqual(tokens("Soleimani—THE most"), ["soleimani", "the", "most"])
        XCTAssertEqual(tokens("authority – as well"), ["authority", "as", "well"])
        XCTAssertEqual(tokens("Iraq -- from Lebanon"), ["iraq", "from", "lebanon"])
        XCTAssertEqual(tokens("pre- and post-war"), ["pre", "and", "post-war"])
    }

    func testQuotesAndPunctuationAreNotTokens() {
        XCTAssertEqual(tokens("“bitter” (L) & [C]"), ["bitter", "l", "c"])
        XCTAssertEqual(tokens("...?!"), [])
        XCTAssertEqual(tokens(""), [])
    }

    func testNonASCIILettersAreLowercased() {
        XCTAssertEqual(tokens("Québec ÉTÉ Zolfiqar"), ["québec", "été", "zolfiqar"])
        XCTAssertEqual(tokens("naïve café"), ["naïve", "café"])
    }

    func testTokenRangesPointIntoTheText() {
        var text = "Iran’s U.S. envoy"
        var ranges: [String] = []
        text.withUTF8 { buffer in
            tokenizer.forEachToken(in: buffer, range: 0..<buffer.count) { _, range in
                ranges.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self))
            }
        }
        XCTAssertEqual(ranges, ["Iran", "U.S.", "envoy"])
    }
}
