import Foundation
import XCTest
import Corpus
import Analysis
import Statistics
@testable import Reports

/// The summary at the top of the report: the same findings as the first rows of the sections
/// below it, each with its number and file, and everything from the corpus escaped.
final class SummaryTests: XCTestCase {
    func render(_ folder: String) throws -> String {
        let analysis = try CorpusAnalyzer(options: AnalysisOptions()).run(reader: CorpusReader(path: folder))
        let results = try analysis.finish(StatisticsOptions(bootstrap: try Bootstrap(resamples: 199, seed: 1)))
        return MarkdownReport.render(results, context: ReportContext(corpusPath: folder, version: "test", stopwordsDescription: "",
                                                                     removesBoilerplate: true, reportTop: 10))
    }

    func summary(of report: String) throws -> [String] {
        let section = try XCTUnwrap(report.components(separatedBy: "## Summary\n\n").dropFirst().first?.components(separatedBy: "\n## ").first)
        return section.split(separator: "\n").filter { $0.hasPrefix("- ") }.map(String.init)
    }

    /// The bundled corpus: its summary names the first row of each section.
    func testTheBundledCorpus() throws {
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Corpus").path
        let report = try render(corpus)
        let lines = try summary(of: report)
        XCTAssertEqual(lines.count, 4, lines.joined(separator: "\n"))
        XCTAssertTrue(report.hasPrefix("# News coverage report\n"))
        XCTAssertLessThan(try XCTUnwrap(report.range(of: "## Summary")).lowerBound, try XCTUnwrap(report.range(of: "## Corpus overview")).lowerBound)
        // Keyness: EFE-EPA's first three rows (5 of 2,980 tokens = 16.8 per 1,000, none in the rest).
        XCTAssertTrue(lines[0].contains("EFE-EPA: *03* (167.8 against 0.0), *2020* (167.8 against 0.0), *available* (134.2 against 0.0)"), lines[0])
        XCTAssertTrue(lines[0].contains("no term for Defense One and The Washington Post"), lines[0])
        XCTAssertTrue(lines[0].contains("`keyness.csv`"))
        // The first row of "Strongest pairs": 9 together against 0.96 expected.
        XCTAssertTrue(lines[1].contains("Quds Force and Islamic Revolutionary Guard Corps share a sentence 9 times, 9.4 times the 0.96"), lines[1])
        XCTAssertTrue(report.contains("| Quds Force – Islamic Revolutionary Guard Corps | 9 | 0.96 |"))
        // One document per outlet: nothing tested.
        XCTAssertTrue(lines[2].hasPrefix("- **Sentiment**: not tested"), lines[2])
        // The issue's own example.
        XCTAssertTrue(lines[3].contains("Defense One “about 200” (the Pentagon, In 2015 → 2015) against Defense One “roughly 600” (the Pentagon, This year → 2020), ×3.0 (+200%), revised"), lines[3])
        XCTAssertTrue(report.contains("Summary: the distinctive terms are the first 3 of each group's table"), "the rules are under Methods")
    }

    /// Two outlets of six articles whose names hold markup: the summary escapes them, and the
    /// sentiment difference of the documents (all positive against all negative) is named with its q.
    func testSentimentDifferenceAndEscaping() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("summary-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outlets = ["<script>alert(1)</script>", "*Beta* | `x`"]
        var metadata = "file,outlet\n"
        let positive = ["wonderful", "happy", "great", "excellent", "lovely", "superb"]
        let negative = ["terrible", "sad", "awful", "horrible", "dreadful", "tragic"]
        for (g, outlet) in outlets.enumerated() {
            for d in 0..<6 {
                let words = g == 0 ? positive : negative
                let text = (0...d).map { "The harvest in the valley was \(words[($0 + d) % 6]) this year." }.joined(separator: " ")
                    + (g == 0 ? " Farmers sold apples at the market." : " Storms flattened barley in the fields.")
                try text.write(to: folder.appendingPathComponent("\(g)-\(d).txt"), atomically: true, encoding: .utf8)
                metadata += "\(g)-\(d).txt,\"\(outlet.replacingOccurrences(of: "\"", with: "\"\""))\"\n"
            }
        }
        try metadata.write(to: folder.appendingPathComponent("metadata.csv"), atomically: true, encoding: .utf8)
        let lines = try summary(of: try render(folder.path))
        let sentiment = try XCTUnwrap(lines.first { $0.hasPrefix("- **Sentiment**") })
        XCTAssertTrue(sentiment.contains("the documents of \\*Beta\\* \\| \\`x\\` score lower than those of \\<script\\>alert(1)\\</script\\>"), sentiment)
        XCTAssertTrue(sentiment.contains("the only difference that survives the Benjamini–Hochberg correction"), sentiment)
        XCTAssertFalse(lines.joined().contains("<script>"))
        let terms = try XCTUnwrap(lines.first { $0.hasPrefix("- **Distinctive terms**") })
        XCTAssertTrue(terms.contains("by Welch's t-test on the documents' rates"), "six documents a side: the document-level test")
    }
}
