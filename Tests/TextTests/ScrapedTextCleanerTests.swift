import XCTest
@testable import Text

/// What saving a page as text leaves inside sentences goes, counted per rule; the words
/// around it stay, and ordinary text is left alone.
final class ScrapedTextCleanerTests: XCTestCase {
    let cleaner = ScrapedTextCleaner()

    /// The cleaned text and report; every removed character is counted by some rule.
    func clean(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> (String, CleaningReport) {
        let (cleaned, report) = cleaner.clean(text)
        XCTAssertEqual(report.total, text.unicodeScalars.count - cleaned.unicodeScalars.count, "characters counted", file: file, line: line)
        return (cleaned, report)
    }

    func testAddresses() {
        let (text, report) = clean("Read it at https://www.example.com/2020/01/07/world/story-name.html. Or www.example.org/a, or bbc.co.uk/news today.")
        XCTAssertEqual(text, "Read it at. Or, or today.")
        // The three addresses (56, 17 and 14 characters) and a space each.
        XCTAssertEqual(report[.webAddress], 56 + 1 + 17 + 1 + 14 + 1)
        XCTAssertEqual(report.total, report[.webAddress])
        let (mail, mailReport) = clean("Write to press@example.gov.tr for more.")
        XCTAssertEqual(mail, "Write to for more.")
        XCTAssertEqual(mailReport[.webAddress], 21)
    }

    func testMarkdownLinksKeepTheirTextAndImagesGo() {
        let (text, report) = clean("The quake killed 2,000, [the minister said](https://example.org/news/a.html) on Tuesday.")
        XCTAssertEqual(text, "The quake killed 2,000, the minister said on Tuesday.")
        // "[", and "](" + the 31-character target + ")".
        XCTAssertEqual(report[.markup], 1 + 2 + 31 + 1)
        let (image, imageReport) = clean("![Rescuers search](https://img.example.com/p.jpg?w=75) Rescuers searched.")
        XCTAssertEqual(image, "Rescuers searched.")
        // "![" + 15 + "](" + 34 + ")", and the space after it.
        XCTAssertEqual(imageReport[.markup], 2 + 15 + 2 + 34 + 1 + 1)
        // Brackets that are not a link stay.
        XCTAssertEqual(clean("He said [sic] it was [a] test (really).").0, "He said [sic] it was [a] test (really).")
    }

    func testHTMLTagsAndEntities() {
        let (text, report) = clean("<p>Dead &amp; hurt: 5,000.<br/> The communiqu&#233; came &#x2014; late.</p>")
        XCTAssertEqual(text, "Dead & hurt: 5,000. The communiqué came — late.")
        // <p>, &amp; → &, <br/>, &#233; → é, &#x2014; → —, </p>.
        XCTAssertEqual(report[.markup], 3 + 4 + 5 + 5 + 7 + 4)
        // Comparisons and ampersands in names are text.
        XCTAssertEqual(clean("If 3 < 4 and AT&T or R&D grow, a <b or c> d.").0, "If 3 < 4 and AT&T or R&D grow, a <b or c> d.")
    }

    func testFileNamesEncodedRunsAndIDs() {
        let (text, report) = clean("See photo-articleLarge-v2.jpg?quality=75&auto=webp and report.pdf. Search %D8%B3%D9%84 trended; post 1624312345678901 and 6ba0587e5d08f3ae.")
        XCTAssertEqual(text, "See and. Search trended; post and.")
        // The 46-character image name and report.pdf, with a space each.
        XCTAssertEqual(report[.fileName], 46 + 1 + 10 + 1)
        XCTAssertEqual(report[.encodedID], 12 + 1 + 16 + 1 + 16 + 1)
        // Numbers, initials, ratios and short codes are text.
        let ordinary = "The U.S./Iran talks, 1.5/2 ratios, A.B. Smith, 10,000 people, COVID-19, A320neo, 123456789 is nine digits."
        XCTAssertEqual(clean(ordinary).0, "The U.S./Iran talks, 1.5/2 ratios, A.B. Smith, 10,000 people, COVID-19, A320neo, is nine digits.")
    }

    func testSocialMediaEmbedSignature() {
        let (text, report) = clean("Teams are arriving from 30 countries. pic.twitter.com/AbCdEf123 — Jane Doe (@janedoe) February 7, 2023")
        XCTAssertEqual(text, "Teams are arriving from 30 countries.")
        XCTAssertEqual(report[.webAddress], 25 + 1)
        // The signature and the space before it.
        XCTAssertEqual(report[.socialEmbed], "— Jane Doe (@janedoe) February 7, 2023".unicodeScalars.count + 1)
        // A handle in a sentence stays.
        XCTAssertEqual(clean("She wrote (@janedoe) on Monday.").0, "She wrote (@janedoe) on Monday.")
    }

    func testCleanTextIsUntouched() {
        let text = "Iran’s leader spoke on 3 January 2020 – about 200 U.S. troops (roughly 600 now) were there; 76% agreed."
        let (cleaned, report) = clean(text)
        XCTAssertEqual(cleaned, text)
        XCTAssertEqual(report.total, 0)
    }
}
