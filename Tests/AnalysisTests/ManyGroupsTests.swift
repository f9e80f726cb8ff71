import Foundation
import XCTest
import Corpus
import Statistics
@testable import Analysis

/// With many groups, comparisons grow with the number of groups, not with its square.
final class ManyGroupsTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("manygroups-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var metadata = "file,outlet\n"
        for i in 0..<25 {
            // Each outlet one article of 12 sentences, good or bad news by turns.
            let mood = i % 2 == 0 ? "The rescue was a great success and people were happy" : "The attack was a terrible disaster and people were killed"
            let text = (0..<12).map { "\(mood) in town \($0). " }.joined() + "Outlet\(i)word appears here."
            try text.write(to: folder.appendingPathComponent("a\(i).txt"), atomically: true, encoding: .utf8)
            metadata += "a\(i).txt,Outlet \(String(format: "%02d", i))\n"
        }
        try metadata.write(to: folder.appendingPathComponent("metadata.csv"), atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(at: folder)
    }

    func testEachGroupIsComparedWithTheRest() throws {
        let analysis = try CorpusAnalyzer(options: AnalysisOptions()).run(reader: CorpusReader(path: folder.path))
        let summary = try SentimentSummary(sentences: analysis.sentenceScores, analysis: analysis,
                                           bootstrap: try Bootstrap(resamples: 100, seed: 1), corpusLabel: "(all)")
        XCTAssertEqual(summary.comparisons.count, 25)
        XCTAssertTrue(summary.comparisons.allSatisfy { $0.b == SentimentSummary.restLabel && $0.permutationP == nil })
        // Outlet 00 against the other 24: its one document (13 sentences) against their 24
        // (312 sentences); one document is too few to test.
        let first = try XCTUnwrap(summary.comparisons.first)
        XCTAssertEqual(first.a, "Outlet 00")
        XCTAssertEqual(first.documentsA, 1)
        XCTAssertEqual(first.documentsB, 24)
        XCTAssertEqual(first.sentencesA, 13)
        XCTAssertEqual(first.sentencesB, 24 * 13)
        XCTAssertNil(first.welch)
        XCTAssertTrue(first.note.contains("fewer than 5 documents with sentences in Outlet 00"), first.note)
        // The rest's mean is the mean of its documents' means.
        let means = (1..<25).map { d -> Double in
            let scores = analysis.sentenceScores.filter { $0.document == Int32(d) }.map(\.compound)
            return scores.reduce(0, +) / Double(scores.count)
        }
        XCTAssertEqual(try XCTUnwrap(first.meanB), means.reduce(0, +) / 24, accuracy: 1e-12)
    }

    /// With six documents per group, the test compares the documents' means, not the sentences.
    func testSentimentIsComparedOnDocumentMeans() throws {
        let corpus = FileManager.default.temporaryDirectory.appendingPathComponent("docmeans-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: corpus) }
        var metadata = "file,outlet\n"
        let moods = ["The rescue was a great success.", "The attack was a terrible disaster.", "The meeting took place on Monday.",
                     "People were happy and grateful.", "Officials said many were killed."]
        for outlet in ["North", "South"] {
            for d in 0..<6 {
                // Documents of different lengths and moods, so that sentence and document means differ.
                let count = outlet == "North" ? 1 + d * 3 : 2 + d
                let text = (0..<count).map { moods[($0 * (outlet == "North" ? 1 : 2) + d) % moods.count] + " Item \($0) of \(d)." }.joined(separator: " ")
                try text.write(to: corpus.appendingPathComponent("\(outlet)\(d).txt"), atomically: true, encoding: .utf8)
                metadata += "\(outlet)\(d).txt,\(outlet)\n"
            }
        }
        try metadata.write(to: corpus.appendingPathComponent("metadata.csv"), atomically: true, encoding: .utf8)
        var options = AnalysisOptions()
        options.removesBoilerplate = false
        let analysis = try CorpusAnalyzer(options: options).run(reader: CorpusReader(path: corpus.path))
        let summary = try SentimentSummary(sentences: analysis.sentenceScores, analysis: analysis,
                                           bootstrap: try Bootstrap(resamples: 200, seed: 3), corpusLabel: "(all)")
        let comparison = try XCTUnwrap(summary.comparisons.first)
        XCTAssertEqual(comparison.documentsA, 6)
        XCTAssertEqual(comparison.documentsB, 6)
        func documentMeans(_ outlet: String) -> [Double] {
            analysis.documents.enumerated().filter { $0.element.group == outlet }.map { index, _ in
                let scores = analysis.sentenceScores.filter { $0.document == Int32(index) }.map(\.compound)
                return scores.reduce(0, +) / Double(scores.count)
            }
        }
        let expected = try MeanComparison.welchT(documentMeans("North"), documentMeans("South"))
        XCTAssertEqual(try XCTUnwrap(comparison.welch).p, expected.p, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(comparison.welch).statistic, expected.statistic, accuracy: 1e-12)
        // Not the sentence-level test.
        let sentences = { (outlet: String) in analysis.sentenceScores.filter { analysis.documents[Int($0.document)].group == outlet }.map(\.compound) }
        XCTAssertNotEqual(try MeanComparison.welchT(sentences("North"), sentences("South")).p, expected.p)
        XCTAssertNotNil(comparison.permutationP)
        // A copy of a North document counts once: five documents, and the test on them.
        let withCopy = try SentimentSummary(sentences: analysis.sentenceScores, analysis: analysis,
                                            bootstrap: try Bootstrap(resamples: 200, seed: 3), corpusLabel: "(all)", repeats: [5])
        let once = try XCTUnwrap(withCopy.comparisons.first)
        XCTAssertEqual(once.documentsA, 5)
        let north = documentMeans("North")
        XCTAssertEqual(try XCTUnwrap(once.welch).p, try MeanComparison.welchT(Array(north.prefix(5)), documentMeans("South")).p, accuracy: 1e-12)
    }

    func testKeynessTestsOnlyTheGroupsOwnTerms() throws {
        let analysis = try CorpusAnalyzer(options: AnalysisOptions()).run(reader: CorpusReader(path: folder.path))
        let keyness = try KeynessTable(analysis.terms, corpus: analysis.terms.corpus, minimumCount: 1)
        XCTAssertEqual(keyness.comparisons.count, 25)
        for comparison in keyness.comparisons {
            let own = Set(analysis.terms.groups[comparison.target]?.entries.keys.map { $0 } ?? [])
            XCTAssertEqual(Set(comparison.rows.map(\.term)), own, comparison.target)
        }
        // "outlet3word" only in Outlet 03: 1 against 0 in the rest.
        let row = try XCTUnwrap(keyness.comparisons.first { $0.target == "Outlet 03" }?.rows.first { $0.term == "outlet3word" })
        XCTAssertEqual(row.targetCount, 1)
        XCTAssertEqual(row.referenceCount, 0)
    }
}

/// A window of very many entities pairs only its most mentioned ones.
final class BoundedCooccurrenceTests: XCTestCase {
    func testAWindowOfManyEntitiesIsCapped() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cooc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // 600 companies named once, and "Alpha Holdings" named three times.
        let letters = Array("bcdfghjklmnprstvz")
        func name(_ i: Int) -> String {
            "Q" + String(letters[i % 17]) + "a" + String(letters[(i / 17) % 17]) + "o" + String(letters[(i / 289) % 17]) + "ex"
        }
        var text = "Alpha Holdings grew. Alpha Holdings hired. Alpha Holdings paid. "
        text += (0..<600).map { "\(name($0)) Holdings signed a deal." }.joined(separator: " ")
        try text.write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let analysis = try CorpusAnalyzer(options: AnalysisOptions()).run(reader: CorpusReader(path: folder.path))
        let resolver = EntityResolver(analysis.entities, gazetteer: .bundled)
        let organizations = resolver.entities.filter { $0.type == .organization }.count
        XCTAssertGreaterThan(organizations, CooccurrenceTable.maximumEntitiesPerWindow)
        let table = try CooccurrenceTable(analysis: analysis, resolver: resolver, window: .document, corpusLabel: "(all)")
        XCTAssertEqual(table.windowsCapped, 1)
        let corpusPairs = table.pairs.filter { $0.group == "(all)" }
        let n = CooccurrenceTable.maximumEntitiesPerWindow
        XCTAssertEqual(corpusPairs.count, n * (n - 1) / 2)
        // The most mentioned is among those paired; every entity still counts as in the window.
        let alpha = try XCTUnwrap(resolver.entities.first { $0.canonical == "Alpha Holdings" })
        XCTAssertEqual(corpusPairs.filter { $0.a == alpha.id || $0.b == alpha.id }.count, n - 1)
        XCTAssertEqual(table.windowsWith["(all)"]?.count, resolver.entities.count)
        // By sentence, nothing is capped.
        XCTAssertEqual(try CooccurrenceTable(analysis: analysis, resolver: resolver, window: .sentence, corpusLabel: "(all)").windowsCapped, 0)
    }
}
