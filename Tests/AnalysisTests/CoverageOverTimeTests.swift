import Foundation
import XCTest
import Corpus
@testable import Analysis

/// Documents per period: the unit follows the dates' precision and span.
final class CoverageOverTimeTests: XCTestCase {
    func coverage(_ dates: [(String, String)]) throws -> CoverageOverTime? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coverage-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var metadata = "file,outlet,date\n"
        for (i, (outlet, date)) in dates.enumerated() {
            try "Rain fell in town \(i).".write(to: folder.appendingPathComponent("d\(i).txt"), atomically: true, encoding: .utf8)
            metadata += "d\(i).txt,\(outlet),\(date)\n"
        }
        try metadata.write(to: folder.appendingPathComponent("metadata.csv"), atomically: true, encoding: .utf8)
        var options = AnalysisOptions()
        options.analyses = [.terms]
        return CoverageOverTime(try CorpusAnalyzer(options: options).run(reader: CorpusReader(path: folder.path)).documents)
    }

    func testWeeksMonthsAndNone() throws {
        // 2020-01-03 (a Friday) to 2020-05-01: 119 days, so weeks from Monday 2019-12-30.
        let weeks = try XCTUnwrap(try coverage([("A", "2020-01-03"), ("A", "2020-01-20"), ("B", "2020-02-11"), ("B", "2020-05-01"), ("C", "")]))
        XCTAssertEqual(weeks.unit, .week)
        XCTAssertEqual(weeks.periods.first, "week of 2019-12-30")
        XCTAssertEqual(weeks.periods.last, "week of 2020-04-27")
        XCTAssertEqual(weeks.periods.count, 18)
        XCTAssertEqual(weeks.counts["A"]?.enumerated().filter { $0.element > 0 }.map(\.offset), [0, 3])
        XCTAssertEqual(weeks.counts["B"]?.reduce(0, +), 2)
        XCTAssertNil(weeks.counts["C"])
        XCTAssertEqual(weeks.undated, 1)
        // One date of month precision: months.
        let months = try XCTUnwrap(try coverage([("A", "2020-01"), ("B", "2020-03-15")]))
        XCTAssertEqual(months.unit, .month)
        XCTAssertEqual(months.periods, ["2020-01", "2020-02", "2020-03"])
        // Days within a month; one day only: nothing to chart.
        XCTAssertEqual(try coverage([("A", "2020-01-02"), ("B", "2020-01-03")])?.periods, ["2020-01-02", "2020-01-03"])
        XCTAssertNil(try coverage([("A", "2020-01-02"), ("B", "2020-01-02")]))
        XCTAssertEqual(try coverage([("A", "2001"), ("B", "2020-01-02")])?.unit, .year)
        XCTAssertNil(try coverage([("A", "0001-01-01"), ("B", "2020-01-02")]), "a placeholder date: no chart of 2,020 years")
    }
}
