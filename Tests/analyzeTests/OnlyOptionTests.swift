import Foundation
import XCTest

/// `--only`: the analyses not asked for are skipped with their files and report sections,
/// and the files that are written are those of a full run, byte for byte.
final class OnlyOptionTests: XCTestCase {
    private func files(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix(".") }.sorted()
    }

    func testEachSubsetWritesItsFilesAsAFullRunDoes() throws {
        let full = BundledCorpusRun.out
        let folder = try TemporaryFolder()
        let expected: [String: [String]] = [
            "figures": ["charts", "datapackage.json", "documents.csv", "figure_comparisons.csv", "figure_groups.csv", "figures.csv", "kwic.csv", "report.html", "report.md", "run.json"],
            "terms,sentiment": ["charts", "collocations.csv", "datapackage.json", "doc_terms.csv", "documents.csv", "keyness.csv", "kwic.csv", "ngrams.csv", "report.html", "report.md", "run.json",
                                "sentiment_comparisons.csv", "sentiment_documents.csv", "sentiment_groups.csv", "sentiment_sentences.csv",
                                "term_intervals.csv", "terms.csv"],
            "entities": ["charts", "cooccurrence.csv", "cooccurrence.gexf", "cooccurrence.graphml", "cooccurrence_matrix.csv", "datapackage.json",
                         "documents.csv", "entities.csv", "entity_forms.csv", "entity_groups.csv", "entity_mentions.csv", "graphs", "kwic.csv", "report.html", "report.md", "run.json"],
        ]
        for (only, names) in expected {
            let out = folder.path(only)
            let result = try AnalyzeRunner.run([AnalyzeRunner.bundledCorpus.path, "--out", out, "--only", only, "-q"])
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertEqual(try files(out), names, only)
            if names.contains("charts") {
                // The charts of the analyses run, each as the full run draws it.
                let charts = try files(out + "/charts")
                let drawn = ["entities": ["cooccurrence.svg", "network.svg"], "figures": ["figures.svg"],
                             "terms,sentiment": ["keyness.svg", "sentiment.svg", "top_terms.svg", "top_terms_by_group.svg"]]
                XCTAssertEqual(charts, drawn[only])
                for chart in charts {
                    XCTAssertEqual(FileManager.default.contents(atPath: out + "/charts/" + chart),
                                   FileManager.default.contents(atPath: full + "/charts/" + chart), "\(only): charts/\(chart)")
                }
            }
            // kwic.csv holds the items of the analyses run: the full run's lines of those items.
            let kwic = try String(contentsOfFile: out + "/kwic.csv", encoding: .utf8).components(separatedBy: "\r\n")
            let fullKwic = Set(try String(contentsOfFile: full + "/kwic.csv", encoding: .utf8).components(separatedBy: "\r\n"))
            XCTAssertGreaterThan(kwic.count, 2, only)
            XCTAssertTrue(kwic.allSatisfy(fullKwic.contains), only)
            // run.json records the options (--only among them) and analyses, which differ by design.
            let record = try String(contentsOfFile: out + "/run.json", encoding: .utf8)
            XCTAssertTrue(record.contains("\"--only=\(only)\""), record)
            for name in names where name != "run.json" && name != "report.md" && name != "report.html" && name != "charts" && name != "kwic.csv" && name != "datapackage.json" && name != "graphs" && !(name == "documents.csv" && !only.contains("terms")) {
                XCTAssertEqual(FileManager.default.contents(atPath: out + "/" + name), FileManager.default.contents(atPath: full + "/" + name),
                               "\(only): \(name) differs from the full run's")
            }
            let report = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
            XCTAssertTrue(report.contains("only (`--only`)"))
            XCTAssertEqual(report.contains("## Top terms"), only.contains("terms"))
            XCTAssertEqual(report.contains("## People, organisations and places"), only.contains("entities"))
            XCTAssertEqual(report.contains("## Sentiment"), only.contains("sentiment"))
            XCTAssertEqual(report.contains("## Figures compared"), only.contains("figures"))
        }
        // Without terms, documents.csv leaves the terms column empty, and the rest is the same.
        let documents = try readTable(folder.path("figures") + "/documents.csv")
        let fullDocuments = try readTable(full + "/documents.csv")
        XCTAssertEqual(documents.map { $0["terms"] }, Array(repeating: "", count: 4))
        XCTAssertEqual(documents.map { $0.filter { $0.key != "terms" } }, fullDocuments.map { $0.filter { $0.key != "terms" } })
    }

    func testUnknownAnalysesAreAUsageError() throws {
        for bad in ["bogus", "terms,", ",", "terms,bogus"] {
            let result = try AnalyzeRunner.run([AnalyzeRunner.bundledCorpus.path, "--only", bad])
            XCTAssertEqual(result.status, 64, bad)
            XCTAssertTrue(result.stderr.contains("give one or more of terms, entities, sentiment, figures"), result.stderr)
        }
        let compare = try AnalyzeRunner.run([AnalyzeRunner.bundledCorpus.path, "--only", "figures", "--compare", "A", "B"])
        XCTAssertEqual(compare.status, 64)
    }
}
