import Foundation
import XCTest
import Corpus
import Text
@testable import Analysis

final class CorpusAnalyzerTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("analysis-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let files = [
            "a.txt": "Iran vowed revenge. Iran’s leader spoke of revenge.",
            "b.txt": "The Quds Force commander was killed. The Quds Force mourned.",
            "c.txt": "Revenge, said Iran. The Quds Force was named.",
        ]
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        try "file,outlet\na.txt,A\nb.txt,B\nc.txt,A\n".write(to: folder.appendingPathComponent("metadata.csv"), atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(at: folder)
    }

    func analyze(workers: Int) throws -> CorpusAnalysis {
        var options = AnalysisOptions()
        options.workers = workers
        return try CorpusAnalyzer(options: options).run(reader: CorpusReader(path: folder.path))
    }

    func testAFailingWorkerStopsTheRunWithItsError() throws {
        // Many documents, so the queue fills while the failure happens.
        for i in 0..<300 {
            try "Document \(i) is about Iran. It has two sentences.".write(to: folder.appendingPathComponent("n\(i).txt"), atomically: true, encoding: .utf8)
        }
        struct Stop: Error, Equatable { let id: String }
        for workers in [1, 2, 3] {
            var options = AnalysisOptions()
            options.workers = workers
            XCTAssertThrowsError(try CorpusAnalyzer(options: options).run(reader: CorpusReader(path: folder.path), onDocument: { doc in
                if doc.document.id == "n150.txt" { throw Stop(id: doc.document.id) }
            })) { error in
                XCTAssertEqual(error as? Stop, Stop(id: "n150.txt"))
            }
        }
    }

    func testWorkersTakeDocumentsAsTheyComeAndTheResultIsTheSame() throws {
        for i in 0..<200 {
            let text = String(repeating: "Iran said \(i) people were hurt in Baghdad. ", count: 1 + i % 7)
            try text.write(to: folder.appendingPathComponent("n\(i).txt"), atomically: true, encoding: .utf8)
        }
        let one = try analyze(workers: 1)
        for workers in [2, 5] {
            let many = try analyze(workers: workers)
            XCTAssertEqual(many.documents.map(\.id), one.documents.map(\.id))
            XCTAssertEqual(many.terms.corpus.entries, one.terms.corpus.entries)
            XCTAssertEqual(try many.sentenceRows().map(\.text), try one.sentenceRows().map(\.text))
            XCTAssertEqual(many.figures.map(\.characterStart), one.figures.map(\.characterStart))
        }
    }

    func testCountsWorkedOutByHand() throws {
        let analysis = try analyze(workers: 1)
        let all = analysis.terms.corpus
        XCTAssertEqual(all.entries["iran"], .init(count: 3, documents: 2))
        XCTAssertEqual(all.entries["revenge"], .init(count: 3, documents: 2))
        XCTAssertEqual(all.entries["quds"], .init(count: 3, documents: 2))
        XCTAssertNil(all.entries["the"], "stopwords are not counted")
        XCTAssertEqual(all.tokens, 8 + 10 + 8)
        XCTAssertEqual(analysis.terms.groups["A"]?.documents, 2)
        XCTAssertEqual(analysis.terms.groups["A"]?.entries["iran"], .init(count: 3, documents: 2))
        XCTAssertEqual(analysis.terms.groups["B"]?.entries["force"], .init(count: 2, documents: 1))
        // Bigrams and trigrams: "quds force" 3 times in 2 documents; "force commander" once;
        // "quds force commander" once; nothing across "revenge. iran".
        let ngrams = analysis.ngrams.corpus.entries
        XCTAssertEqual(ngrams["quds force"], .init(count: 3, documents: 2))
        XCTAssertEqual(ngrams["quds force commander"], .init(count: 1, documents: 1))
        XCTAssertNil(ngrams["revenge iran"])
        XCTAssertNil(ngrams["force was"], "an n-gram may not end with a stopword")
        XCTAssertEqual(ngrams["revenge said iran"], .init(count: 1, documents: 1))
        XCTAssertEqual(analysis.documents.map(\.id), ["a.txt", "b.txt", "c.txt"])
        XCTAssertEqual(analysis.documents.map(\.terms), [7, 7, 6])
    }

    func testWorkersAndMergeOrderDoNotChangeTheResult() throws {
        let one = try analyze(workers: 1)
        let three = try analyze(workers: 3)
        XCTAssertEqual(one.terms, three.terms)
        XCTAssertEqual(one.ngrams, three.ngrams)
        XCTAssertEqual(one.documents.map(\.id), three.documents.map(\.id))

        // merge is associative and commutative.
        var x = TermFrequencyTable(); x.groups["A"] = group(["iran": (2, 1)], tokens: 10)
        var y = TermFrequencyTable(); y.groups["A"] = group(["iran": (1, 1), "iraq": (4, 1)], tokens: 7)
        var z = TermFrequencyTable(); z.groups["B"] = group(["iraq": (1, 1)], tokens: 3)
        var left = x; left.merge(y); left.merge(z)
        var yz = y; yz.merge(z)
        var right = x; right.merge(yz)
        var swapped = z; swapped.merge(x); swapped.merge(y)
        XCTAssertEqual(left, right)
        XCTAssertEqual(left, swapped)
        XCTAssertEqual(left.groups["A"]?.entries["iran"], .init(count: 3, documents: 2))
        XCTAssertEqual(left.groups["A"]?.tokens, 17)
        XCTAssertEqual(left.corpus.entries["iraq"], .init(count: 5, documents: 2))
    }

    func group(_ entries: [String: (Int, Int)], tokens: Int) -> TermFrequencyTable.Group {
        var g = TermFrequencyTable.Group()
        g.tokens = tokens
        g.documents = 1
        for (term, value) in entries { g.entries[term] = .init(count: value.0, documents: value.1) }
        return g
    }

    func testRankingOrderAndRates() {
        let g = group(["b": (2, 1), "a": (2, 1), "c": (5, 1), "d": (1, 1)], tokens: 200)
        let ranked = g.ranked()
        XCTAssertEqual(ranked.map(\.term), ["c", "a", "b", "d"])
        XCTAssertEqual(ranked[0].per10k, 250)
        XCTAssertEqual(g.ranked(minCount: 2).map(\.term), ["c", "a", "b"])
        XCTAssertEqual(g.ranked(limit: 2).map(\.term), ["c", "a"])
    }

    func testUnknownGroupColumn() throws {
        var options = AnalysisOptions()
        options.groupBy = "section"
        XCTAssertThrowsError(try CorpusAnalyzer(options: options).run(reader: CorpusReader(path: folder.path))) { error in
            XCTAssertEqual(error as? AnalysisError, .unknownGroupColumn(column: "section", available: ["outlet"]))
        }
    }
}
