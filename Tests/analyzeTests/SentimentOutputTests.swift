import Foundation
import XCTest

/// The sentiment outputs of the bundled corpus, recomputed from their own rows.
final class SentimentOutputTests: XCTestCase {
    func interval(_ path: String, group: String, measure: String = "mean_compound") throws -> (value: Double, low: Double, high: Double) {
        let row = try XCTUnwrap(try readTable(path).first { ($0["scope"] == "corpus" ? "(all)" : $0["group"]) == group && $0["measure"] == measure })
        return (Double(row["value"] ?? "") ?? .nan, Double(row["ci_low"] ?? "") ?? .nan, Double(row["ci_high"] ?? "") ?? .nan)
    }

    func testSentencesDocumentsAndIntervals() throws {
        let folder = try TemporaryFolder()
        let out = folder.path("Out"), again = folder.path("Again")
        XCTAssertEqual(try AnalyzeRunner.run([AnalyzeRunner.bundledCorpus.path, "--out", out, "--quiet"]).status, 0)
        XCTAssertEqual(try AnalyzeRunner.run([AnalyzeRunner.bundledCorpus.path, "--out", again, "--quiet", "--jobs", "1"]).status, 0)
        // Same seed, same intervals.
        for name in ["sentiment_groups.csv", "sentiment_comparisons.csv", "sentiment_sentences.csv"] {
            XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: out + "/" + name)), try Data(contentsOf: URL(fileURLWithPath: again + "/" + name)), name)
        }
        // Document means are the means of their sentences; sentences match the documents' counts.
        let sentences = try readTable(out + "/sentiment_sentences.csv")
        let documents = try readTable(out + "/sentiment_documents.csv")
        let summaries = try readTable(out + "/documents.csv")
        for doc in documents {
            let rows = sentences.filter { $0["file"] == doc["file"] }
            XCTAssertEqual(String(rows.count), doc["sentences"])
            XCTAssertEqual(doc["sentences"], summaries.first { $0["file"] == doc["file"] }?["sentences"])
            let mean = rows.reduce(0) { $0 + (Double($1["compound"] ?? "") ?? 0) } / Double(rows.count)
            XCTAssertEqual(Double(doc["mean_compound"] ?? "") ?? 9, mean, accuracy: 1e-4)
        }
        // The corpus interval contains its estimate.
        let all = try interval(out + "/sentiment_groups.csv", group: "(all)")
        XCTAssertLessThanOrEqual(all.low, all.value)
        XCTAssertGreaterThanOrEqual(all.high, all.value)
        // One document per outlet: the comparisons, whose unit is the document, are not tested;
        // their means are the documents' means.
        let comparisons = try readTable(out + "/sentiment_comparisons.csv")
        let pair = try XCTUnwrap(comparisons.first { $0["group_a"] == "Defense One" && $0["group_b"] == "RFE/RL" })
        XCTAssertEqual(pair["documents_a"], "1")
        XCTAssertEqual(pair["p"], "")
        XCTAssertTrue(pair["note"]?.contains("fewer than 5 documents with sentences in Defense One") ?? false, pair["note"] ?? "")
        let defenseOne = try XCTUnwrap(documents.first { $0["group"] == "Defense One" })
        XCTAssertEqual(Double(pair["document_mean_a"] ?? "") ?? 9, Double(defenseOne["mean_compound"] ?? "") ?? 0, accuracy: 1e-4)
        XCTAssertEqual(pair["sentences_a"], defenseOne["sentences"])
        // The report says why keyness falls back to G².
        let report = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
        XCTAssertTrue(report.contains("significant by G² on token counts after") && report.contains("Some group has fewer than 5 documents"))
        XCTAssertTrue(report.contains("A group needs 5 documents with sentences to be tested"))
    }

    func testIntervalsShrinkWhenTheCorpusIsDuplicated() throws {
        let folder = try TemporaryFolder()
        let corpus = folder.path("Tripled")
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        let files = try FileManager.default.contentsOfDirectory(atPath: AnalyzeRunner.bundledCorpus.path).filter { $0.hasSuffix(".txt") }
        // The same metadata for every copy, so that cleaning (mastheads) is the same.
        let metadata = parseCSV(try String(contentsOfFile: AnalyzeRunner.bundledCorpus.path + "/metadata.csv", encoding: .utf8))
        var rows = "file,outlet\n"
        for copy in 1...3 {
            for file in files {
                try FileManager.default.copyItem(atPath: AnalyzeRunner.bundledCorpus.path + "/" + file, toPath: corpus + "/\(copy)_" + file)
                let outlet = metadata.first { $0.first == file }?[1] ?? ""
                rows += "\(copy)_\(file),\"\(outlet)\"\n"
            }
        }
        try rows.write(toFile: corpus + "/metadata.csv", atomically: true, encoding: .utf8)
        let single = folder.path("Single"), tripled = folder.path("OutTripled")
        XCTAssertEqual(try AnalyzeRunner.run([AnalyzeRunner.bundledCorpus.path, "--out", single, "--quiet"]).status, 0)
        XCTAssertEqual(try AnalyzeRunner.run([corpus, "--out", tripled, "--quiet"]).status, 0)
        let a = try interval(single + "/sentiment_groups.csv", group: "(all)")
        let b = try interval(tripled + "/sentiment_groups.csv", group: "(all)")
        XCTAssertEqual(a.value, b.value, accuracy: 1e-4, "the same sentences, three times")
        XCTAssertLessThan(b.high - b.low, a.high - a.low, "three times the documents, a narrower interval")
    }
}

/// `--lexicon`: a .dic dictionary tallied per document, a VADER-format file replacing the
/// bundled lexicon, and a malformed file refused with its line.
final class LexiconOptionTests: XCTestCase {
    func testLexiconOption() throws {
        let folder = try TemporaryFolder()
        try folder.write("C/a.txt", "Happy people love sadness. The war was sad.")
        let dic = try folder.write("mini.dic", "%\n1\tposemo\n2\tnegemo\n%\nhappy\t1\nsad*\t2\nlove\t1\n")
        let out = folder.path("Out")
        let result = try AnalyzeRunner.run([folder.path("C"), "--out", out, "--quiet", "--lexicon", dic])
        XCTAssertEqual(result.status, 0, result.stderr)
        // happy, love → posemo; sadness, sad → negemo: 2 of 8 words each, 25 percent.
        let rows = try readTable(out + "/dictionary_documents.csv")
        XCTAssertEqual(rows.map { $0["category"] ?? "" }, ["posemo", "negemo"])
        XCTAssertEqual(rows.map { $0["count"] ?? "" }, ["2", "2"])
        XCTAssertEqual(rows.map { $0["percent"] ?? "" }, ["25.0000", "25.0000"])
        XCTAssertTrue(rows.allSatisfy { $0["tokens"] == "8" && $0["dictionary"] == "mini" && $0["score_sum"] == "" })
        let report = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
        XCTAssertTrue(report.contains("## Dictionary categories"))
        XCTAssertTrue(report.contains("`mini` from `\(dic)` (LIWC .dic, 3 entries, 2 categories)"), report)

        let vader = try folder.write("tiny_vader.txt", "war\t3.0\t0.5\t[3, 3]\n")
        let vaderOut = folder.path("VaderOut")
        XCTAssertEqual(try AnalyzeRunner.run([folder.path("C"), "--out", vaderOut, "--quiet", "--lexicon", vader]).status, 0)
        let sentences = try readTable(vaderOut + "/sentiment_sentences.csv")
        // Only "war" is in this lexicon: the first sentence is neutral, the second positive.
        XCTAssertEqual(sentences.map { $0["compound"] ?? "" }, ["0.0000", "0.6124"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: vaderOut + "/dictionary_documents.csv"))
        // Two VADER lexicons, or two dictionaries of one name, are refused.
        let twice = try AnalyzeRunner.run([folder.path("C"), "--out", vaderOut, "--lexicon", vader, "--lexicon", vader])
        XCTAssertEqual(twice.status, 1)
        XCTAssertTrue(twice.stderr.contains("a second VADER-format lexicon"), twice.stderr)
        let other = try folder.write("other/mini.dic", "%\n1\tx\n%\nwar\t1\n")
        let sameName = try AnalyzeRunner.run([folder.path("C"), "--out", vaderOut, "--lexicon", dic, "--lexicon", other])
        XCTAssertEqual(sameName.status, 1)
        XCTAssertTrue(sameName.stderr.contains("has the name of"), sameName.stderr)

        let bad = try folder.write("bad.dic", "%\n1\tposemo\n%\nhappy\t7\n")
        let failed = try AnalyzeRunner.run([folder.path("C"), "--out", out, "--lexicon", bad])
        XCTAssertEqual(failed.status, 1)
        XCTAssertTrue(failed.stderr.contains("bad.dic:4: category 7 is not in the category table"), failed.stderr)
    }
}
