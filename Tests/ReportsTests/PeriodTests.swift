import Foundation
import XCTest
import Corpus
import Statistics
@testable import Analysis
@testable import Reports

/// Coverage over time (`--period`): each document in its period, counted by hand; the tables
/// add up to the corpus's totals; undated and imprecise documents are counted, not dropped.
final class PeriodTests: XCTestCase {
    var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("analyze-periods-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    func write(_ name: String, _ text: String) throws {
        let url = root.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func testPeriodOfADate() {
        // 2020-01-08 was a Wednesday: its week starts on Monday 2020-01-06 and ends on the 12th.
        let wednesday = CalendarDate(iso: "2020-01-08")!
        XCTAssertEqual(PeriodSummary.period(of: wednesday, unit: .week)?.0, "2020-01-06")
        XCTAssertEqual(PeriodSummary.period(of: wednesday, unit: .week)?.1, CalendarDate(iso: "2020-01-12")!.dayNumber)
        XCTAssertEqual(PeriodSummary.period(of: wednesday, unit: .day)?.0, "2020-01-08")
        // February of a leap year ends on the 29th.
        XCTAssertEqual(PeriodSummary.period(of: CalendarDate(iso: "2020-02-10")!, unit: .month)?.0, "2020-02")
        XCTAssertEqual(PeriodSummary.period(of: CalendarDate(iso: "2020-02-10")!, unit: .month)?.1, CalendarDate(iso: "2020-02-29")!.dayNumber)
        XCTAssertEqual(PeriodSummary.period(of: CalendarDate(iso: "2020-02")!, unit: .year)?.0, "2020")
        // A date coarser than the unit has no period of it.
        XCTAssertNil(PeriodSummary.period(of: CalendarDate(iso: "2020-02")!, unit: .week))
        XCTAssertNil(PeriodSummary.period(of: CalendarDate(iso: "2020")!, unit: .month))
        XCTAssertEqual(PeriodSummary.lastDay(of: CalendarDate(iso: "2020-02")!), CalendarDate(iso: "2020-02-29")!.dayNumber)
    }

    func testWeeksOfASmallCorpusCountedByHand() throws {
        let documents: [(String, String, String, String)] = [
            ("a.txt", "A", "2020-01-06", "Apples grow. Apples fall."),
            ("b.txt", "B", "2020-01-08", "Apples rot."),
            ("c.txt", "A", "2020-01-13", "Pears grow."),
            ("d.txt", "B", "2020-01-20", "Pears fall. Pears rot."),
            ("e.txt", "A", "2020-01", "Plums grow."),
            ("f.txt", "B", "", "Plums rot."),
        ]
        var metadata = "file,outlet,date\n"
        for (file, outlet, date, text) in documents {
            try write("corpus/\(file)", text)
            metadata += "\(file),\(outlet),\(date)\n"
        }
        try write("corpus/metadata.csv", metadata)
        let analysis = try CorpusAnalyzer(options: AnalysisOptions()).run(reader: CorpusReader(path: root.appendingPathComponent("corpus").path))
        var options = StatisticsOptions(bootstrap: try Bootstrap(resamples: 199, seed: 1))
        options.period = .week
        let results = try analysis.finish(options)
        let summary = try XCTUnwrap(results.periods)
        let all = CorpusResults.corpusLabel
        XCTAssertEqual(summary.periods, ["2020-01-06", "2020-01-13", "2020-01-20", PeriodSummary.imprecise, PeriodSummary.undated])
        XCTAssertEqual(summary.groups, [all, "A", "B"])
        XCTAssertEqual(summary.documents[all]?.mapValues(\.documents),
                       ["2020-01-06": 2, "2020-01-13": 1, "2020-01-20": 1, PeriodSummary.imprecise: 1, PeriodSummary.undated: 1])
        XCTAssertEqual(summary.documents["A"]?.mapValues(\.documents), ["2020-01-06": 1, "2020-01-13": 1, PeriodSummary.imprecise: 1])
        // Tokens add up to the corpus's.
        XCTAssertEqual(summary.documents[all]?.values.reduce(0) { $0 + $1.tokens }, analysis.documents.reduce(0) { $0 + $1.tokens })
        // Term counts per period, by hand.
        func count(_ group: String, _ period: String, _ term: String) -> Int? {
            summary.terms.first { $0.group == group && $0.period == period && $0.term == term }?.count
        }
        XCTAssertEqual(count(all, "2020-01-06", "apples"), 3)
        XCTAssertEqual(count("B", "2020-01-06", "apples"), 1)
        XCTAssertEqual(count(all, "2020-01-13", "pears"), 1)
        XCTAssertEqual(count(all, "2020-01-20", "pears"), 2)
        XCTAssertEqual(count(all, PeriodSummary.imprecise, "plums"), 1)
        XCTAssertEqual(count(all, PeriodSummary.undated, "plums"), 1)
        XCTAssertEqual(count(all, "2020-01-20", "apples"), 0, "a top term is listed in every period, with 0 where it is absent")
        for term in ["apples", "pears", "plums", "grow", "rot", "fall"] {
            XCTAssertEqual(summary.terms.filter { $0.group == all && $0.term == term }.reduce(0) { $0 + $1.count },
                           results.totals.terms.entries[term]?.count, term)
        }
        // The latest date precise to the day is Monday 20 January: that week is not complete
        // (the month-dated document does not count), so the two weeks before it are compared.
        XCTAssertEqual(summary.compared?.before, "2020-01-06")
        XCTAssertEqual(summary.compared?.after, "2020-01-13")
        let pears = try XCTUnwrap(summary.movements.first { $0.kind == .term && $0.item == "pears" })
        let tokens06 = summary.documents[all]!["2020-01-06"]!.tokens, tokens13 = summary.documents[all]!["2020-01-13"]!.tokens
        XCTAssertEqual(pears.before, 0)
        XCTAssertEqual(pears.after, 10_000 / Double(tokens13), accuracy: 1e-9)
        XCTAssertEqual(pears.statistic!, try ContingencyTable.logLikelihood(a: 0, b: 1, n1: tokens06, n2: tokens13).statistic, accuracy: 1e-12)

        // The CSV files: one row per group and period with documents.
        let table = PeriodTables.documents(summary).text
        XCTAssertTrue(table.hasPrefix("scope,group,period,documents,tokens\r\ncorpus,,2020-01-06,2,"), table)
        XCTAssertTrue(table.contains("group,B,undated,1,"), table)
        let section = PeriodTables.markdown(summary, resolver: results.entities, groupLabel: "outlet")
        XCTAssertTrue(section.contains("Periods of a week (`--period`): 3, 2020-01-06 to 2020-01-20. 1 document has no readable date (period `undated` in the tables). 1 document has a date coarser than a week (period `imprecise` in the tables)."), section)
        XCTAssertTrue(section.contains("between the last two complete periods with documents, 2020-01-06 and 2020-01-13:"), section)
    }
}
