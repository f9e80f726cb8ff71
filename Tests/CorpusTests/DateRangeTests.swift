import Foundation
import XCTest
@testable import Corpus

/// `--from`/`--to`: a document is read when its whole date lies in the range; the others are
/// counted, and the documents read are numbered without gaps.
final class DateRangeTests: TemporaryDirectoryTestCase {
    func testRangeEndsAndSpans() throws {
        XCTAssertNil(DateRange(from: "2020-02-01", to: "2020-01-31"), "an empty range")
        XCTAssertNil(DateRange(from: "2020-13", to: nil))
        XCTAssertNil(DateRange(from: "yesterday", to: nil))
        XCTAssertNil(DateRange(from: "2021-02-29", to: nil), "no such day")
        let january = try XCTUnwrap(DateRange(from: "2020-01", to: "2020-01"))
        XCTAssertTrue(january.contains(isoDate: "2020-01-01"))
        XCTAssertTrue(january.contains(isoDate: "2020-01-31"))
        XCTAssertTrue(january.contains(isoDate: "2020-01"), "the whole month lies in it")
        XCTAssertTrue(january.contains(isoDate: "2020-01-31T23:00:00Z"))
        XCTAssertFalse(january.contains(isoDate: "2020-02-01"))
        XCTAssertFalse(january.contains(isoDate: "2019-12-31"))
        XCTAssertFalse(january.contains(isoDate: "2020"), "a year reaches past both ends")
        XCTAssertFalse(january.contains(isoDate: nil))
        XCTAssertFalse(january.contains(isoDate: "sometime"))
        // Option values are exact ISO dates.
        XCTAssertTrue(DateRange.isOptionValue("2020"))
        XCTAssertTrue(DateRange.isOptionValue("2020-02-29"))
        for bad in ["2020-01-02junk", "2020-01-02T23:00", "+202", "2021-02-29", "20-01-01", "2020-1-5", ""] {
            XCTAssertFalse(DateRange.isOptionValue(bad), bad)
        }
        // Open ends; February of a leap year.
        let since = try XCTUnwrap(DateRange(from: "2020-02-29", to: nil))
        XCTAssertTrue(since.contains(isoDate: "2031-05"))
        XCTAssertFalse(since.contains(isoDate: "2020-02"), "February begins before the 29th")
        XCTAssertTrue(try XCTUnwrap(DateRange(from: nil, to: "2020")).contains(isoDate: "2020-12-31"))
    }

    func testReaderLeavesOutAndCountsDocumentsOutsideTheRange() throws {
        for (name, text) in [("a.txt", "One."), ("b.txt", "Two."), ("c.txt", "Three."), ("d.txt", "Four."), ("e.txt", "Five.")] {
            try write(name, bytes: Array(text.utf8))
        }
        try write("metadata.csv", bytes: Array("file,outlet,date\na.txt,X,2020-01-05\nb.txt,X,2020-02-10\nc.txt,Y,January 2020\nd.txt,Y,\ne.txt,X,2020-01-31\n".utf8))
        let reader = try CorpusReader(path: root, options: CorpusOptions(dateRange: DateRange(from: "2020-01-01", to: "2020-01-31")))
        var documents: [Document] = []
        try reader.read { item in if case .document(let document) = item { documents.append(document) } }
        XCTAssertEqual(documents.map(\.id), ["a.txt", "c.txt", "e.txt"])
        XCTAssertEqual(documents.map(\.sequenceNumber), [0, 1, 2])
        XCTAssertEqual(reader.outsideDateRange, 1)
        XCTAssertEqual(reader.undatedOutsideRange, 1)
        // Read again, the counts start anew.
        try reader.read { _ in }
        XCTAssertEqual(reader.outsideDateRange, 1)
    }

    func testADocumentLeftOutTakesNoId() throws {
        // Two records of one id: the one outside the range does not make the other a duplicate.
        try write("export.csv", bytes: Array("id,date,text\n7,2019-05-01,Old.\n7,2020-01-10,New.\n".utf8))
        let reader = try CorpusReader(path: path("export.csv"), options: CorpusOptions(dateRange: DateRange(from: "2020", to: nil)))
        var ids: [String] = [], skipped = 0
        try reader.read { item in
            switch item {
            case .document(let document): ids.append(document.id)
            case .skipped: skipped += 1
            }
        }
        XCTAssertEqual(ids, ["7"])
        XCTAssertEqual(skipped, 0)
    }
}
