import XCTest
@testable import Corpus

final class DocumentDateTests: XCTestCase {
    private func read(_ text: String, _ order: DateOrder? = nil) -> String? {
        try? DocumentDate.normalise(text, order: order).get()
    }

    func testISODatesAreKeptAsWritten() {
        for text in ["2020", "2020-01", "2020-01-03", "2020-01-03T21:40:00Z", "2020-01-03 21:40", "2024-02-29"] {
            XCTAssertEqual(read(text), text, text)
        }
        XCTAssertEqual(read("  2020-01-03 "), "2020-01-03")
        XCTAssertEqual(read(""), "")
        XCTAssertEqual(try? DocumentDate.normalise("2023-02-29", order: nil).get(), nil)
        XCTAssertEqual(DocumentDate.normalise("2023-02-29", order: nil), .failure(.noSuchDay))
        XCTAssertEqual(DocumentDate.normalise("2020-13", order: nil), .failure(.noSuchDay))
    }

    func testWrittenDates() {
        let cases: [(String, String)] = [
            ("Jan 3, 2020", "2020-01-03"),
            ("January 3, 2020", "2020-01-03"),
            ("Jan. 3 2020", "2020-01-03"),
            ("January 3rd, 2020", "2020-01-03"),
            ("3 January 2020", "2020-01-03"),
            ("3rd of January 2020", "2020-01-03"),
            ("Friday, 3 January 2020", "2020-01-03"),
            ("Friday, January 3, 2020 at 9:40 pm EST", "2020-01-03"),
            ("Fri, 03 Jan 2020 21:40:00 GMT", "2020-01-03"),
            ("Fri, 03 Jan 2020 21:40:00 +0000", "2020-01-03"),
            ("Sept. 30, 2019", "2019-09-30"),
            ("30 SEPTEMBER 2019", "2019-09-30"),
            ("2020 Jan 3", "2020-01-03"),
            ("January 2020", "2020-01"),
        ]
        for (text, iso) in cases { XCTAssertEqual(read(text), iso, text) }
        XCTAssertEqual(DocumentDate.normalise("February 30, 2020", order: nil), .failure(.noSuchDay))
        for text in ["yesterday", "Jan 3", "3 Janvier 2020", "3. Januar 2020", "Q1 2020", "January 3, 2020 and more", "12345"] {
            XCTAssertEqual(DocumentDate.normalise(text, order: nil), .failure(.unreadable), text)
        }
    }

    func testNumericDates() {
        XCTAssertEqual(read("2020/01/03"), "2020-01-03")
        XCTAssertEqual(read("20200103"), "2020-01-03")
        // A day above 12 tells the order; so does the same number twice.
        XCTAssertEqual(read("13/01/2020"), "2020-01-13")
        XCTAssertEqual(read("01/13/2020"), "2020-01-13")
        XCTAssertEqual(read("3.3.2020"), "2020-03-03")
        XCTAssertEqual(read("13.01.2020 14:05"), "2020-01-13")
        XCTAssertEqual(read("3.1.2020."), nil)
        XCTAssertEqual(DocumentDate.normalise("03/01/2020", order: nil),
                       .failure(.ambiguous(dayFirst: "2020-01-03", monthFirst: "2020-03-01")))
        XCTAssertEqual(read("03/01/2020", .dmy), "2020-01-03")
        XCTAssertEqual(read("03/01/2020", .mdy), "2020-03-01")
        XCTAssertEqual(read("3-1-2020 9:05:00", .dmy), "2020-01-03")
        XCTAssertEqual(DocumentDate.normalise("13/13/2020", order: nil), .failure(.noSuchDay))
        XCTAssertEqual(DocumentDate.normalise("01/13/2020", order: .dmy), .failure(.noSuchDay))
        // Two-digit years are not guessed.
        XCTAssertEqual(DocumentDate.normalise("03/01/20", order: .dmy), .failure(.unreadable))
    }
}
