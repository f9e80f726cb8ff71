import Foundation
import XCTest
import Corpus
import Analysis
import Statistics
@testable import Reports

/// The figures section of the report, rendered in process from a small corpus.
final class FigureReportTests: XCTestCase {
    /// One quantity at two times (a year's result against the year before's) is no
    /// disagreement: it is listed under its own heading, not among the disagreements.
    func testValuesAtDifferentTimesAreNotDisagreements() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("figure-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let texts = [
            "a.txt": "Ericsson made a net profit of 19bn kronor in 2004. In 2003, Ericsson made a net profit of 10.8bn kronor, its chief said.",
            "b.txt": "The station said that 40 people were hurt in the storm.",
        ]
        for (name, text) in texts { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        try "file,outlet,date\na.txt,Wire,2005-02-01\nb.txt,Daily,2005-02-01\n".write(to: folder.appendingPathComponent("metadata.csv"),
                                                                                   atomically: true, encoding: .utf8)
        var options = AnalysisOptions()
        options.analyses = [.figures]
        let analysis = try CorpusAnalyzer(options: options).run(reader: CorpusReader(path: folder.path))
        let results = try analysis.finish(StatisticsOptions(bootstrap: try Bootstrap(resamples: 99, seed: 1)))
        let pairs = try XCTUnwrap(results.figures).pairs
        XCTAssertEqual(pairs.map(\.agreement), [.differentTimes])
        let report = MarkdownReport.render(results, context: ReportContext(corpusPath: folder.path, version: "test",
                                                                           stopwordsDescription: "", removesBoilerplate: true, reportTop: 10))
        let disagreements = try XCTUnwrap(report.components(separatedBy: "### Largest disagreements and revisions\n\n").dropFirst().first)
        XCTAssertTrue(disagreements.hasPrefix("No two figures of the same thing disagree."), String(disagreements.prefix(200)))
        let overTime = try XCTUnwrap(report.components(separatedBy: "### The same quantity at different times\n\n").dropFirst().first)
        let first = try XCTUnwrap(overTime.components(separatedBy: "\n").first)
        XCTAssertTrue(first.hasPrefix("1. **"), first)
        XCTAssertTrue(first.contains("different times, ×1.8"), first)
        XCTAssertTrue(first.contains("“10.8bn” (In 2003 → 2003) → Wire “19bn” (in 2004 → 2004)"), first)
    }
}

/// The HTML page, rendered in process.
final class HTMLPageTests: XCTestCase {
    func testRawHTMLIsOmittedAndChartsGoInline() {
        let chart = ReportCharts.Chart(file: "top_terms.svg", title: "Top", svg: "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
        let markdown = "# R\n\n| a | b |\n| --- | ---: |\n| <script>x()</script> | \\<b\\> |\n\n<iframe src=\"https://example.com\"></iframe>\n\n"
            + "[link](javascript:alert(1))\n\n![Top](charts/top_terms.svg)\n"
        let page = HTMLReport.render(markdown: markdown, charts: [chart])
        XCTAssertTrue(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        XCTAssertTrue(page.contains("<th align=\"right\">b</th>"), "GitHub's table extension")
        XCTAssertTrue(page.contains("<td><!-- raw HTML omitted -->x()<!-- raw HTML omitted --></td>"))
        XCTAssertTrue(page.contains("<td align=\"right\">&lt;b&gt;</td>"), "escaped Markdown stays text")
        XCTAssertFalse(page.contains("<iframe"))
        XCTAssertFalse(page.contains("javascript:"))
        XCTAssertTrue(page.contains("<img src=\"data:image/svg+xml;base64,\(Data(chart.svg.utf8).base64EncodedString())\" alt=\"Top\" />"))
        XCTAssertTrue(page.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:;"))
        XCTAssertEqual(page.components(separatedBy: "<script>").count - 1, 1, "the page's own script only")
    }
}
