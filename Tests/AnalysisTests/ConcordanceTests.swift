import Foundation
import XCTest
import Corpus
import Text
@testable import Analysis

/// Keywords in context on texts whose every offset is known.
final class ConcordanceTests: XCTestCase {
    func document(_ text: String, id: String = "a.txt", outlet: String = "Wire", sequence: Int = 0) -> Document {
        Document(id: id, sequenceNumber: sequence, metadata: ["outlet": outlet], text: text, format: .plainText)
    }

    func testWordsPhrasesAndTheirContext() throws {
        let text = "The Quds Force met in Baghdad. Later, the quds force left Baghdad for Tehran."
        let concordance = Concordance(queries: [Concordance.Query(item: "q", phrases: ["Quds Force"]),
                                                Concordance.Query(item: "b", phrases: ["baghdad"])],
                                      context: .tokens(2), removesBoilerplate: false)
        let lines = concordance.lines(in: document(text))
        XCTAssertEqual(lines[0].map(\.match), ["Quds Force", "quds force"], "case does not matter")
        XCTAssertEqual(lines[0].map(\.left), ["The", "Later, the"], "two tokens; the comma is no token")
        XCTAssertEqual(lines[0].map(\.right), ["met in", "left Baghdad"])
        XCTAssertEqual(lines[0].map(\.sentence), [0, 1])
        XCTAssertEqual(lines[0].map(\.characterStart), [4, 42])
        XCTAssertEqual(lines[0].map(\.characterEnd), [14, 52])
        XCTAssertEqual(lines[0][0].group, "Wire")
        // Across the sentence end: "in Baghdad. Later, the".
        XCTAssertEqual(lines[1].map(\.left), ["met in", "force left"])
        XCTAssertEqual(lines[1].map(\.right), [". Later, the", "for Tehran"])
        XCTAssertEqual(lines[1][0].spaceBefore, true)
        XCTAssertEqual(lines[1][0].spaceAfter, false, "the full stop follows the match directly")
        // The whole sentence instead.
        let sentence = Concordance(queries: [Concordance.Query(item: "b", phrases: ["Baghdad"])], context: .sentence, removesBoilerplate: false)
        let whole = sentence.lines(in: document(text))[0]
        XCTAssertEqual(whole.map(\.left), ["The Quds Force met in", "Later, the quds force left"])
        XCTAssertEqual(whole.map(\.right), [".", "for Tehran."])
    }

    func testPairsFiguresAndLimits() throws {
        let text = "Quds Force units and the IRGC moved. The Quds Force rested. 600 troops, not 200 troops, came."
        let pair = Concordance(queries: [Concordance.Query(item: "pair", phrases: ["Quds Force"], requiring: ["IRGC"])],
                               removesBoilerplate: false)
        XCTAssertEqual(pair.lines(in: document(text))[0].map(\.sentence), [0], "only the sentence naming both")
        let figure = Concordance(queries: [Concordance.Query(item: "f", phrases: ["200"], document: "a.txt", sentence: 2)], removesBoilerplate: false)
        XCTAssertEqual(figure.lines(in: document(text))[0].map(\.match), ["200"])
        XCTAssertTrue(figure.lines(in: document(text, id: "b.txt"))[0].isEmpty, "another document")
        XCTAssertTrue(Concordance(queries: [Concordance.Query(item: "x", phrases: ["..."])]).isEmpty(0))

        // At most `limit` lines per query over the corpus, in corpus order.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kwic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, body) in [("1.txt", "Rain fell. Rain again."), ("2.txt", "More rain."), ("3.txt", "Rain.")] {
            try body.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let limited = Concordance(queries: [Concordance.Query(item: "rain", phrases: ["rain"])], limit: 3, removesBoilerplate: false)
        let found = try limited.lines(in: CorpusReader(path: folder.path))
        XCTAssertEqual(found.map(\.documentID), ["1.txt", "1.txt", "2.txt"])
        XCTAssertEqual(found.map(\.group), ["unknown", "unknown", "unknown"], "no metadata: no outlet")
    }

    /// The documents a search must process, read from the run's term spills: those holding every
    /// word of some phrase that is not a stopword. The lines are those of a search of every document.
    func testCandidateDocumentsFromTheTermSpills() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kwic-candidates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let bodies = ["The Bank of England held rates.",        // 0: the phrase
                      "England won. The bank was shut.",         // 1: both words, not as the phrase
                      "A bank in France.",                       // 2: one word only
                      "Rain fell in Leeds.",                     // 3: none
                      "BANK OF ENGLAND staff met.",              // 4: the phrase in capitals
                      "It was of the bank, the England side."]   // 5: both words again
        for (n, body) in bodies.enumerated() {
            try body.write(to: folder.appendingPathComponent("\(n).txt"), atomically: true, encoding: .utf8)
        }
        for workers in [1, 2] {
            var options = AnalysisOptions()
            options.workers = workers
            options.removesBoilerplate = false
            let analysis = try CorpusAnalyzer(options: options).run(reader: CorpusReader(path: folder.path))
            let queries = [Concordance.Query(item: "boe", phrases: ["Bank of England"]),
                           Concordance.Query(item: "figure", phrases: ["Leeds"], document: "3.txt", sentence: 0)]
            let concordance = Concordance(queries: queries, removesBoilerplate: false)
            let candidates = try XCTUnwrap(concordance.candidateDocuments(in: analysis))
            // "of" is a stopword, which the spills leave out; the figure's document is searched anyway.
            XCTAssertEqual(candidates, [0, 1, 4, 5], "workers: \(workers)")
            let searched = Concordance.SearchCount()
            let lines = try concordance.lines(in: CorpusReader(path: folder.path), workers: 1, counting: searched, candidates: candidates)
            XCTAssertEqual(searched.documents, 5, "four candidates and the document the figure names")
            XCTAssertEqual(lines, try concordance.lines(in: CorpusReader(path: folder.path), workers: 1))
            XCTAssertEqual(lines.map(\.documentID), ["0.txt", "4.txt", "3.txt"])
            // A phrase of stopwords only may be in any document whose worker has seen its words;
            // stems cannot say.
            let stopwords = Concordance(queries: [Concordance.Query(item: "s", phrases: ["of the"])], removesBoilerplate: false)
            let loose = try XCTUnwrap(stopwords.candidateDocuments(in: analysis))
            XCTAssertTrue(loose.contains(5))
            if workers == 1 { XCTAssertEqual(loose, Set(0..<6)) }
            let stemmed = Concordance(queries: queries, removesBoilerplate: false, stemmer: SnowballStemmer())
            XCTAssertNil(try stemmed.candidateDocuments(in: analysis))
        }
        // Without term counting (`--only entities`) the spills hold nothing: no filter.
        var options = AnalysisOptions()
        options.analyses = [.entities]
        let entitiesOnly = try CorpusAnalyzer(options: options).run(reader: CorpusReader(path: folder.path))
        XCTAssertNil(try Concordance(queries: [Concordance.Query(item: "b", phrases: ["bank"])]).candidateDocuments(in: entitiesOnly))
    }

    /// Offsets in the raw text: the cleaned sentence found verbatim; none where cleaning changed it.
    /// Once every corpus-wide query has its lines, later documents are not searched, except
    /// the ones a query of one document names; the lines are those of a full search, cut.
    func testSearchStopsWhenEveryItemHasItsLines() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kwic-stop-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // 300 documents: more than one batch of 64 for one worker.
        for n in 1...300 {
            let body = n == 250 ? "Rain again. About 600 troops arrived." : n == 299 ? "A storm came." : "Rain fell on day \(n)."
            try body.write(to: folder.appendingPathComponent(String(format: "%03d.txt", n)), atomically: true, encoding: .utf8)
        }
        let queries = [Concordance.Query(item: "rain", phrases: ["rain"]),
                       Concordance.Query(item: "figure", phrases: ["600"], document: "250.txt", sentence: 1),
                       Concordance.Query(item: "empty", phrases: ["..."])]
        let searched = Concordance.SearchCount()
        let limited = try Concordance(queries: queries, limit: 3, removesBoilerplate: false).lines(in: CorpusReader(path: folder.path), workers: 1,
                                                                                                 counting: searched)
        XCTAssertEqual(searched.documents, 65, "the first batch of 64, then only the document the figure names")
        XCTAssertEqual(limited.map(\.item), ["rain", "rain", "rain", "figure"], "a query without words does not keep the search going")
        XCTAssertEqual(limited.filter { $0.item == "rain" }.map(\.documentID), ["001.txt", "002.txt", "003.txt"])
        XCTAssertEqual(limited.last?.documentID, "250.txt", "the document a figure names is searched after the others stop")
        XCTAssertEqual(limited.last?.match, "600")
        // The same as a search of every document, cut to three lines per item.
        let all = try Concordance(queries: queries, removesBoilerplate: false).lines(in: CorpusReader(path: folder.path), workers: 1)
        XCTAssertEqual(all.filter { $0.item == "rain" }.count, 299)
        XCTAssertEqual(limited, Array(all.filter { $0.item == "rain" }.prefix(3)) + all.filter { $0.item == "figure" })
        // A later query of the whole corpus that has too few lines keeps every document searched.
        let all300 = Concordance.SearchCount()
        let storm = try Concordance(queries: [queries[0], Concordance.Query(item: "storm", phrases: ["storm"])], limit: 3,
                                    removesBoilerplate: false).lines(in: CorpusReader(path: folder.path), workers: 1, counting: all300)
        XCTAssertEqual(all300.documents, 300)
        XCTAssertEqual(storm.filter { $0.item == "storm" }.map(\.documentID), ["299.txt"])
    }

    func testRawOffsets() throws {
        let raw = "Café owners said the strike ended.\n\nRead more at https://example.com/story and the strike too."
        let concordance = Concordance(queries: [Concordance.Query(item: "s", phrases: ["strike"])], context: .tokens(1))
        let lines = concordance.lines(in: document(raw))[0]
        XCTAssertEqual(lines.count, 2)
        let characters = Array(raw)
        let first = lines[0]
        XCTAssertEqual(String(characters[try XCTUnwrap(first.rawStart)..<(try XCTUnwrap(first.rawEnd))]), "strike")
        XCTAssertEqual(first.characterStart, 21, "characters, not bytes: é is one")
        XCTAssertNil(lines[1].rawStart, "the web address was cleaned out of that sentence")
    }
}
