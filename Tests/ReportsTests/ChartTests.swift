import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
@testable import Reports
import Analysis
import Corpus
import Text
import Statistics

/// The charts' layout rules: text escaped, labels inside the canvas and apart, the same
/// bytes for the same input.
final class ChartTests: XCTestCase {
    /// Each text element: its estimated left and right edges, baseline and content.
    private func texts(_ svg: String) -> [(left: Double, right: Double, y: Double, text: String)] {
        var found: [(Double, Double, Double, String)] = []
        let pattern = try! NSRegularExpression(pattern: "<text x=\"([-0-9.]+)\" y=\"([-0-9.]+)\" font-size=\"([0-9.]+)\"[^>]*text-anchor=\"(start|middle|end)\"[^>]*?( font-weight=\"bold\")?>([^<]*)")
        let range = NSRange(svg.startIndex..., in: svg)
        for match in pattern.matches(in: svg, range: range) {
            func group(_ i: Int) -> String { Range(match.range(at: i), in: svg).map { String(svg[$0]) } ?? "" }
            let x = Double(group(1))!, y = Double(group(2))!, size = Double(group(3))!
            let text = group(6).replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
            let width = SVGCanvas.textWidth(text, size: size, bold: !group(5).isEmpty)
            let left = group(4) == "start" ? x : (group(4) == "end" ? x - width : x - width / 2)
            found.append((left, left + width, y, text))
        }
        return found
    }

    private let hostile = "<script>alert(1)</script> & \"quotes\" 'apostrophes' *emphasis* | `code`"

    func testBarsEscapeAndKeepLongLabelsOnTheCanvas() throws {
        let long = String(repeating: "Ministry of Foreign Affairs of the Islamic Republic ", count: 4)
        let rows = [ReportCharts.Bar(label: hostile, value: 12.5, interval: (10, 15)),
                    ReportCharts.Bar(label: long, value: 300, interval: nil),
                    ReportCharts.Bar(label: "東京 and Zürich", value: 0, interval: (0, 2))]
        let svg = ReportCharts.bars(title: "Top terms: " + long, axis: "per 10,000 tokens",
                                    panels: [ReportCharts.Panel(name: hostile, rows: rows)])
        XCTAssertFalse(svg.contains("<script"), "markup from the corpus reached the SVG")
        XCTAssertTrue(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"))
        XCTAssertNotNil(try? XMLDocument(xmlString: svg), "the SVG is not well-formed XML")
        let placed = texts(svg)
        XCTAssertGreaterThanOrEqual(placed.count, 8)
        for t in placed {
            XCTAssertGreaterThanOrEqual(t.left, 0, "runs off the left: \(t.text)")
            XCTAssertLessThanOrEqual(t.right, ReportCharts.width, "runs off the right: \(t.text)")
        }
        // The long label is cut with an ellipsis, its whole text kept as a tooltip.
        XCTAssertTrue(placed.contains { $0.text.hasSuffix("…") && $0.text.hasPrefix("Ministry of Foreign") })
        XCTAssertTrue(svg.contains("<title>\(long)</title>"))
        XCTAssertEqual(svg, ReportCharts.bars(title: "Top terms: " + long, axis: "per 10,000 tokens",
                                              panels: [ReportCharts.Panel(name: hostile, rows: rows)]))
    }

    func testThirtyGroupsGetRowsOfTheirOwn() throws {
        var rows: [ReportCharts.IntervalRow] = []
        for i in 0..<30 {
            let mean = Double(i) / 40 - 0.3
            let all = ReportCharts.Point(series: 0, value: mean, interval: (mean - 0.05, mean + 0.05))
            let quoted = ReportCharts.Point(series: 2, value: 0.1, interval: nil)
            let label = i == 7 ? hostile : "Outlet number \(i) with a rather long name, Inc."
            rows.append(ReportCharts.IntervalRow(label: label, points: [all, quoted]))
        }
        let svg = ReportCharts.intervals(title: "Sentiment", axis: "mean compound", series: ["all sentences", "own voice", "quoted"], rows: rows)
        XCTAssertNotNil(try? XMLDocument(xmlString: svg))
        XCTAssertFalse(svg.contains("<script"))
        let placed = texts(svg)
        for t in placed {
            XCTAssertGreaterThanOrEqual(t.left, 0, t.text)
            XCTAssertLessThanOrEqual(t.right, ReportCharts.width, t.text)
        }
        // Row labels (right-aligned at the plot's edge) are at least a font size apart.
        let labels = placed.filter { $0.text.hasPrefix("Outlet") || $0.text.hasPrefix("<script") }.map { $0.y }.sorted()
        XCTAssertEqual(labels.count, 30)
        for (a, b) in zip(labels, labels.dropFirst()) { XCTAssertGreaterThanOrEqual(b - a, 12) }
        // Every series is told apart by shape as well as colour.
        XCTAssertTrue(svg.contains("fill=\"#FFFFFF\" stroke=\"\(SVGCanvas.green)\""), "the quoted series is a hollow marker")
    }

    func testDivergingBarsMarkSignificanceByFillAndStayOnTheCanvas() throws {
        let rows = [ReportCharts.DivergingBar(label: "yukos", value: 10.6, significant: true),
                    ReportCharts.DivergingBar(label: hostile, value: 0.4, significant: false),
                    ReportCharts.DivergingBar(label: "music", value: -8.7, significant: true)]
        let svg = ReportCharts.diverging(title: "What sets each group apart", axis: "log-ratio",
                                         panels: [ReportCharts.DivergingPanel(name: hostile + " against the rest", rows: rows),
                                                  ReportCharts.DivergingPanel(name: "empty", rows: [])],
                                         legend: "filled: q < 0.05")
        XCTAssertNotNil(try? XMLDocument(xmlString: svg))
        XCTAssertFalse(svg.contains("<script"))
        for t in texts(svg) {
            XCTAssertGreaterThanOrEqual(t.left, 0, t.text)
            XCTAssertLessThanOrEqual(t.right, ReportCharts.width, t.text)
        }
        // Significant bars are filled in their colour, the other hollow; right blue, left vermillion.
        XCTAssertTrue(svg.contains("fill=\"\(SVGCanvas.blue)\" stroke=\"\(SVGCanvas.blue)\" stroke-width=\"1\"><title>yukos"))
        XCTAssertTrue(svg.contains("fill=\"#FFFFFF\" stroke=\"\(SVGCanvas.blue)\" stroke-width=\"1\"><title>&lt;script&gt;"))
        XCTAssertTrue(svg.contains("fill=\"\(SVGCanvas.vermillion)\" stroke=\"\(SVGCanvas.vermillion)\" stroke-width=\"1\"><title>music"))
        XCTAssertTrue(svg.contains(">no term tested<"))
    }

    func testHeatMapNumbersColumnsAndShadesByCount() throws {
        let labels = [hostile, "Islamic Revolutionary Guard Corps of the Islamic Republic of Iran (ORG)", "Iran (GPE)"]
        let cells: [[Int?]] = [[nil, 5, 0], [5, nil, 1200], [0, 1200, nil]]
        let svg = ReportCharts.heatmap(title: "Who appears with whom", labels: labels, cells: cells)
        XCTAssertNotNil(try? XMLDocument(xmlString: svg))
        XCTAssertFalse(svg.contains("<script"))
        for t in texts(svg) {
            XCTAssertGreaterThanOrEqual(t.left, 0, t.text)
            XCTAssertLessThanOrEqual(t.right, ReportCharts.width, t.text)
        }
        // Columns are numbers, rows "n. name"; the largest count is the darkest cell, zero is white.
        XCTAssertTrue(texts(svg).contains { $0.text == "3" })
        XCTAssertTrue(texts(svg).contains { $0.text.hasPrefix("2. Islamic Revolutionary") })
        XCTAssertEqual(ReportCharts.shade(0), "#FFFFFF")
        XCTAssertEqual(ReportCharts.shade(1), "#08306B")
        XCTAssertTrue(svg.contains("fill=\"#08306B\" stroke=\"#FFFFFF\" stroke-width=\"1\"><title>Islamic"))
    }

    func testRoundTicks() {
        XCTAssertEqual(SVGCanvas.step(low: 0, high: 373), 100)
        XCTAssertEqual(SVGCanvas.step(low: 0, high: 1), 0.2)
        XCTAssertEqual(SVGCanvas.ticks(low: 0, high: 400, step: 100), [0, 100, 200, 300, 400])
        XCTAssertEqual(SVGCanvas.ticks(low: -0.1, high: 0.3, step: 0.1).map { ($0 * 10).rounded() }, [-1, 0, 1, 2, 3])
        XCTAssertEqual(SVGCanvas.tickLabel(0.1, step: 0.1), "0.1")
        XCTAssertEqual(SVGCanvas.tickLabel(0.25, step: 0.05), "0.25")
        XCTAssertEqual(SVGCanvas.tickLabel(200, step: 100), "200")
    }
}

/// The figures chart, from figures extracted and linked in process.
final class FigureChartTests: XCTestCase {
    func records(_ document: Int, outlet: String, _ text: String) -> [FigureRecord] {
        let doc = DocumentProcessor().process(Document(id: "\(document).txt", sequenceNumber: document, metadata: [:], text: text,
                                                       format: .plainText), vocabulary: Vocabulary(stopwords: .english))
        return FigureExtractor().figures(in: doc, date: CalendarDate(iso: "2020-01-03")).map {
            FigureRecord(document: document, documentID: "\(document).txt", group: outlet, date: "2020-01-03",
                         characterStart: $0.byteRange.lowerBound, characterEnd: $0.byteRange.upperBound, figure: $0)
        }
    }

    func testRevisionsOpenIntervalsAndEscaping() throws {
        let hostile = "<script>alert(1)</script> & Co"
        let all = records(0, outlet: hostile, "In 2015, the Pentagon officially blamed Iran for the deaths of about 200 U.S. troops killed by "
                          + "improvised explosive devices during the Iraq War. This year, the department increased that tally to roughly 600.")
            + records(1, outlet: "The Post", "The Pentagon says Iran killed at least 600 U.S. troops in Iraq since 2003, officials said.")
        let comparison = FigureComparison(records: all)
        XCTAssertTrue(comparison.pairs.contains { $0.agreement == .revised })
        let chart = try XCTUnwrap(ReportCharts.figureChart(comparison))
        XCTAssertEqual(chart.file, "figures.svg")
        let svg = chart.svg
        XCTAssertFalse(svg.contains("<script"))
        XCTAssertTrue(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co · 2015"), "outlet and the time the figure refers to")
        XCTAssertNotNil(try? XMLDocument(xmlString: svg))
        XCTAssertTrue(svg.contains("stroke=\"#E69F00\" stroke-width=\"1.5\" stroke-dasharray"), "the revision's dashed arrow")
        XCTAssertTrue(svg.contains(">1500</text>") || svg.contains(">1,500</text>") || svg.contains(">1.5k</text>") || svg.contains(">1000</text>"),
                      "the axis reaches past the open interval's bound")
        // A number past what a double can scale gets an axis without ticks, not a hang.
        let huge = "at least 1" + String(repeating: "0", count: 308)
        let big = records(3, outlet: "A", "The Pentagon says Iran killed \(huge) U.S. troops in Iraq, officials said.")
            + records(4, outlet: "B", "The Pentagon says Iran killed \(huge) U.S. troops in Iraq, officials said.")
        if let chart = ReportCharts.figureChart(FigureComparison(records: big)) { XCTAssertNotNil(try? XMLDocument(xmlString: chart.svg)) }
        // Nothing to compare: no chart.
        XCTAssertNil(ReportCharts.figureChart(FigureComparison(records: records(2, outlet: "A", "Nothing here but 3 cats."))))
    }

    func testCompactTicks() {
        XCTAssertEqual(ReportCharts.compact(0, step: 5e6, scaleMax: 25e6), "0")
        XCTAssertEqual(ReportCharts.compact(2.5e6, step: 5e5, scaleMax: 5e6), "2.5m")
        XCTAssertEqual(ReportCharts.compact(2e10, step: 5e9, scaleMax: 3e10), "20bn")
        XCTAssertEqual(ReportCharts.compact(20_000, step: 5_000, scaleMax: 30_000), "20k")
        XCTAssertEqual(ReportCharts.compact(1500, step: 500, scaleMax: 2000), "1500")
    }
}

/// The network chart, from the bundled corpus analysed in process.
final class NetworkChartTests: XCTestCase {
    func testEveryEntityDrawnHasALineAndItsLabelStaysOnTheCanvas() throws {
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Corpus").path
        var options = AnalysisOptions()
        options.analyses = [.entities]
        let results = try CorpusAnalyzer(options: options).run(reader: CorpusReader(path: corpus))
            .finish(StatisticsOptions(bootstrap: try Bootstrap(resamples: 99, seed: 1)))
        let resolver = try XCTUnwrap(results.entities), cooccurrence = try XCTUnwrap(results.cooccurrence)
        let chart = try XCTUnwrap(ReportCharts.networkChart(resolver, cooccurrence))
        let svg = chart.svg
        XCTAssertNotNil(try? XMLDocument(xmlString: svg))
        // Nodes are the circles with a tooltip; the legend's have none.
        let nodes = svg.components(separatedBy: "<circle").dropFirst().filter { $0.contains("<title>") }
        XCTAssertGreaterThanOrEqual(nodes.count, 2)
        XCTAssertLessThanOrEqual(nodes.count, 20)
        let lines = svg.components(separatedBy: "<line").count - 1
        XCTAssertTrue(svg.contains("\(lines) pairs with q &lt; 0.05"), "a line per pair drawn")
        // The strongest pair of the report is drawn: both its entities are nodes.
        XCTAssertTrue(nodes.contains { $0.contains("Quds Force (ORG)") })
        XCTAssertTrue(nodes.contains { $0.contains("Islamic Revolutionary Guard Corps (ORG)") })
        for match in svg.components(separatedBy: "<text x=\"").dropFirst() {
            let x = Double(match.prefix { $0 != "\"" }) ?? -1
            XCTAssertGreaterThanOrEqual(x, 0)
            XCTAssertLessThanOrEqual(x, ReportCharts.width)
        }
    }
}
