import Foundation
import XCTest
import Corpus
import Statistics
@testable import Analysis

/// Keyness with the document as the unit, on a corpus built so that every count is known:
/// two outlets of six documents, 50 tokens each. One document of A repeats "spike" 40 times;
/// every document of A uses "steady" two or three times, two of B once. G² calls both key for
/// A; the document-level Welch test only "steady". Reference values: document_tests.csv.
final class KeynessDocumentTests: XCTestCase {
    var folder: URL!
    let spike = [[40, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0]]
    let steady = [[2, 2, 3, 2, 2, 3], [0, 1, 0, 0, 1, 0]]

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("keynessdocs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var metadata = "file,outlet\n"
        for (g, outlet) in ["A", "B"].enumerated() {
            for d in 0..<6 {
                var words = Array(repeating: "spike", count: spike[g][d]) + Array(repeating: "steady", count: steady[g][d])
                // Filler words of this document only, up to 50 tokens.
                words += (0..<(50 - words.count)).map { "w\(g)x\(d)y\($0 % 7)" }
                let name = "\(outlet)\(d).txt"
                try (words.joined(separator: " ") + ".").write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
                metadata += "\(name),\(outlet)\n"
            }
        }
        try metadata.write(to: folder.appendingPathComponent("metadata.csv"), atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(at: folder)
    }

    func results(test: KeynessTest? = nil) throws -> CorpusResults {
        var options = AnalysisOptions()
        options.removesBoilerplate = false
        options.analyses = [.terms]
        let analysis = try CorpusAnalyzer(options: options).run(reader: CorpusReader(path: folder.path))
        XCTAssertEqual(analysis.documents.map(\.tokens), Array(repeating: 50, count: 12))
        var statistics = StatisticsOptions(bootstrap: try Bootstrap(resamples: 999, seed: 42))
        statistics.keynessTest = test
        return try analysis.finish(statistics)
    }

    /// The `keyness_welch` value of `document_tests.csv` for a term and output (t or p): the
    /// last field of the line `N,keyness_welch,term=TERM;...,OUTPUT,VALUE`.
    func reference(_ term: String, _ output: String) throws -> Double {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/reference/document_tests.csv")
        let line = try XCTUnwrap(try String(contentsOf: url, encoding: .utf8).split(separator: "\n").first {
            $0.contains(",keyness_welch,term=\(term);") && $0.split(separator: ",").dropLast().last == Substring(output)
        })
        return try XCTUnwrap(line.split(separator: ",").last.flatMap { Double($0) })
    }

    func testTheDocumentIsTheUnit() throws {
        let keyness = try XCTUnwrap(try results().keyness)
        XCTAssertEqual(keyness.test, .welch, "six documents on each side: the document-level test by default")
        let a = try XCTUnwrap(keyness.comparisons.first { $0.target == "A" })
        XCTAssertEqual(a.targetDocuments, 6)
        XCTAssertEqual(a.referenceDocuments, 6)
        let spikeRow = try XCTUnwrap(a.rows.first { $0.term == "spike" })
        let steadyRow = try XCTUnwrap(a.rows.first { $0.term == "steady" })
        // G² on tokens: both key.
        XCTAssertLessThan(spikeRow.q, 0.05)
        XCTAssertLessThan(steadyRow.q, 0.05)
        // Welch's t on per-document rates, as scipy computes it.
        XCTAssertEqual(try XCTUnwrap(spikeRow.welch).p, try reference("spike", "p"), accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(spikeRow.welch).statistic, try reference("spike", "t"), accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(steadyRow.welch).p, try reference("steady", "p"), accuracy: 1e-12)
        XCTAssertGreaterThan(try XCTUnwrap(spikeRow.welchQ), 0.05, "one article's repetition is not key")
        XCTAssertLessThan(try XCTUnwrap(steadyRow.welchQ), 0.05)
        XCTAssertGreaterThan(try XCTUnwrap(spikeRow.bootstrapQ), 0.05)
        XCTAssertLessThan(try XCTUnwrap(steadyRow.bootstrapP), 0.05)
        // Documents using the term, and Gries' DP over A's documents (document_tests.csv).
        XCTAssertEqual(spikeRow.targetDocumentsUsing, 1)
        XCTAssertEqual(steadyRow.targetDocumentsUsing, 6)
        XCTAssertEqual(steadyRow.referenceDocumentsUsing, 2)
        XCTAssertEqual(try XCTUnwrap(spikeRow.dispersion), 0.8333333333333335, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(steadyRow.dispersion), 0.09523809523809523, accuracy: 1e-12)
        // The key terms of the report follow the test.
        XCTAssertEqual(a.keyTerms(limit: 10, test: .welch).map(\.term), ["steady"])
        XCTAssertTrue(Set(a.keyTerms(limit: 100, test: .g2).map(\.term)).isSuperset(of: ["spike", "steady"]), "G² calls both key")
        XCTAssertEqual(a.rows.first?.term, "steady", "rows ranked by the Welch p")
    }

    /// Terms read in blocks (bounded memory) give the same evidence as all at once.
    func testBlocksOfTermsGiveTheSameEvidence() throws {
        var options = AnalysisOptions()
        options.removesBoilerplate = false
        options.analyses = [.terms]
        let analysis = try CorpusAnalyzer(options: options).run(reader: CorpusReader(path: folder.path))
        let bootstrap = try Bootstrap(resamples: 999, seed: 42)
        let plain = try KeynessTable(analysis.terms, corpus: analysis.terms.corpus, minimumCount: 3)
        var whole = plain, blocks = plain
        try whole.addDocumentEvidence(analysis, bootstrap: bootstrap, requested: nil)
        try blocks.addDocumentEvidence(analysis, bootstrap: bootstrap, requested: nil, postingsPerBlock: 1)
        for (a, b) in zip(whole.comparisons, blocks.comparisons) {
            XCTAssertEqual(a.rows.map(\.term), b.rows.map(\.term))
            XCTAssertEqual(a.rows.map { $0.welch?.p }, b.rows.map { $0.welch?.p })
            XCTAssertEqual(a.rows.map(\.welchQ), b.rows.map(\.welchQ))
            XCTAssertEqual(a.rows.map(\.bootstrapP), b.rows.map(\.bootstrapP))
            XCTAssertEqual(a.rows.map(\.bootstrapQ), b.rows.map(\.bootstrapQ))
            XCTAssertEqual(a.rows.map(\.dispersion), b.rows.map(\.dispersion))
        }
        XCTAssertGreaterThan(whole.comparisons[0].rows.count, 20)
        // A document marked as a copy takes no part: without A0, no A document uses "spike".
        var withoutFirst = plain
        try withoutFirst.addDocumentEvidence(analysis, bootstrap: bootstrap, requested: nil, repeats: [0])
        let spike = try XCTUnwrap(withoutFirst.comparisons.first { $0.target == "A" }?.rows.first { $0.term == "spike" })
        XCTAssertNil(spike.welch, "all rates zero on both sides: no variance to test")
        XCTAssertEqual(spike.bootstrapP, 1)
    }

    /// A side of one document is the same in every resample: the bootstrap would test one
    /// document's rate against the other side's mean and find every word of it significant
    /// (p = 2/1000 for "spike", as the build before this rule gave). Neither test is made.
    func testASideOfOneDocumentHasNoDocumentLevelTest() throws {
        var options = AnalysisOptions()
        options.removesBoilerplate = false
        options.analyses = [.terms]
        let analysis = try CorpusAnalyzer(options: options).run(reader: CorpusReader(path: folder.path))
        var table = try KeynessTable(analysis.terms, corpus: analysis.terms.corpus, minimumCount: 3)
        // A1–A5 marked as copies: A is A0 alone.
        try table.addDocumentEvidence(analysis, bootstrap: try Bootstrap(resamples: 999, seed: 42), requested: .bootstrap,
                                      repeats: [1, 2, 3, 4, 5])
        let a = try XCTUnwrap(table.comparisons.first { $0.target == "A" })
        XCTAssertFalse(a.rows.isEmpty)
        for row in a.rows {
            XCTAssertNil(row.bootstrapP, row.term)
            XCTAssertNil(row.bootstrapQ, row.term)
            XCTAssertNil(row.welch, row.term)
        }
        XCTAssertEqual(a.rows.first?.term, "spike", "without a document-level p the rows follow G²")
        XCTAssertTrue(table.testReason.contains("fewer than two documents"), table.testReason)
        // B against the rest (A0 alone) likewise; with two documents on each side both tests are made.
        XCTAssertTrue(table.comparisons.allSatisfy { $0.rows.allSatisfy { $0.bootstrapP == nil } })
        var two = try KeynessTable(analysis.terms, corpus: analysis.terms.corpus, minimumCount: 3)
        try two.addDocumentEvidence(analysis, bootstrap: try Bootstrap(resamples: 999, seed: 42), requested: .bootstrap,
                                    repeats: [2, 3, 4, 5])
        XCTAssertNotNil(two.comparisons.first { $0.target == "A" }?.rows.first { $0.term == "steady" }?.bootstrapP)
        XCTAssertFalse(two.testReason.contains("fewer than two documents"))
    }

    func testTheRankingTestCanBeChosen() throws {
        let g2 = try XCTUnwrap(try results(test: .g2).keyness)
        XCTAssertEqual(g2.test, .g2)
        XCTAssertEqual(g2.comparisons.first { $0.target == "A" }?.rows.first?.term, "spike", "rows ranked by G²")
        XCTAssertTrue(g2.testReason.contains("--keyness-test g2"))
        let bootstrap = try XCTUnwrap(try results(test: .bootstrap).keyness)
        XCTAssertEqual(bootstrap.test, .bootstrap)
        XCTAssertNotNil(bootstrap.comparisons[0].rows[0].welch, "the other tests are still computed")
    }
}
